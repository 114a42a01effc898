using System.Globalization;
using Sakip.Analytics.Application.Dashboards.Definitions;

namespace Sakip.Analytics.Web.Tests.Authorization;

/// <summary>
/// Concrete URLs for a route pattern: every dashboard and every panel for {dashboard} and {panel}, the
/// tenant's reporting unit, its upload and run for the Operator routes, and the query a route needs.
/// </summary>
public sealed class RouteSamples(DashboardCatalog dashboards)
{
    private static readonly Dictionary<string, string> Queries = new(StringComparer.Ordinal)
    {
        ["/api/v1/{tenant:slug}/compare"] = "?units={unit}&measure={measure}",
        ["/api/v1/{tenant:slug}/benchmark"] = "?units={unit}&measure={measure}",
    };

    public IEnumerable<string> For(RouteInfo route, TenantSample? tenant, bool allowPlaceholders)
    {
        ArgumentNullException.ThrowIfNull(route);
        var fills = new List<Dictionary<string, string>> { new(StringComparer.Ordinal) };
        if (route.Parameters.Contains("dashboard"))
        {
            fills = [.. dashboards.All.SelectMany(d => route.Parameters.Contains("panel")
                ? d.Panels.Select(p => Fill(("dashboard", d.Id), ("panel", p.Id)))
                : [Fill(("dashboard", d.Id))])];
        }

        foreach (var fill in fills)
        {
            foreach (var name in route.Parameters.Where(p => !fill.ContainsKey(p)))
            {
                fill[name] = Value(name, tenant) ?? (allowPlaceholders ? "x" : throw new InvalidOperationException($"{route}: no sample value for {{{name}}}; add one to RouteSamples."));
            }

            var url = route.Pattern;
            foreach (var (name, value) in fill)
            {
                url = System.Text.RegularExpressions.Regex.Replace(url, $@"\{{\**{name}(:[^}}]+)?\}}", value);
            }

            if (Queries.TryGetValue(route.Pattern, out var query) && tenant is not null)
            {
                url += query.Replace("{unit}", tenant.Unit, StringComparison.Ordinal).Replace("{measure}", tenant.Measure, StringComparison.Ordinal);
            }

            yield return url;
        }
    }

    private static string? Value(string parameter, TenantSample? tenant) => parameter switch
    {
        "tenant" => tenant?.Slug,
        "unit" => tenant?.Unit,
        "upload" => tenant?.UploadId,
        "review" => tenant?.ReviewId,
        "runId" => tenant?.RunId.ToString(CultureInfo.InvariantCulture),
        "status" => "404",
        _ => null,
    };

    private static Dictionary<string, string> Fill(params (string Name, string Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
