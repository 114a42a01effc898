using Microsoft.AspNetCore.WebUtilities;
using Sakip.Analytics.Application.Dashboards.Definitions;

namespace Sakip.Analytics.Web.Dashboards;

/// <summary>The public URLs: /{tenant} for the landing dashboard, /{tenant}/{id} for the others, selections in the query string.</summary>
public static class DashboardUrls
{
    public static string Page(string tenant, DashboardDefinition definition, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var path = definition.Landing ? $"/{tenant}" : $"/{tenant}/{definition.Id}";
        return WithQuery(path, definition, values);
    }

    public static string Download(string tenant, DashboardDefinition definition, string panel, string extension, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return WithQuery($"/{tenant}/{definition.Id}/{panel}.{extension}", definition, values);
    }

    public static string Unit(string tenant, string unit) => $"/{tenant}/unit/{unit}";

    private static string WithQuery(string path, DashboardDefinition definition, IReadOnlyDictionary<string, string> values)
    {
        var query = definition.Parameters
            .Where(p => values.TryGetValue(p.Name, out var v) && v.Length > 0)
            .Select(p => new KeyValuePair<string, string?>(p.Name, values[p.Name]));
        return QueryHelpers.AddQueryString(path, query);
    }
}
