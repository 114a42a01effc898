namespace Sakip.Analytics.Web.Dashboards;

/// <summary>The request's query string as the parameter binder takes it, with route values merged in.</summary>
public static class QueryValues
{
    public static Dictionary<string, IReadOnlyList<string>> From(IQueryCollection query, params (string Name, string Value)[] overrides)
    {
        ArgumentNullException.ThrowIfNull(query);
        var values = query.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<string>)[.. kv.Value.OfType<string>()],
            StringComparer.Ordinal);
        foreach (var (name, value) in overrides)
        {
            values[name] = [value];
        }

        return values;
    }
}
