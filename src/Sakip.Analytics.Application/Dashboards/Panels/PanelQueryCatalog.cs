namespace Sakip.Analytics.Application.Dashboards.Panels;

/// <summary>The named queries dashboard panels may use, by name.</summary>
public sealed class PanelQueryCatalog
{
    private readonly Dictionary<string, IPanelQuery> queries = new(StringComparer.Ordinal);

    public PanelQueryCatalog(IEnumerable<IPanelQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        foreach (var query in queries)
        {
            if (!this.queries.TryAdd(query.Name, query))
            {
                throw new ArgumentException($"Two panel queries are named '{query.Name}'.", nameof(queries));
            }
        }
    }

    public IReadOnlyCollection<IPanelQuery> All => queries.Values;

    public string Names => string.Join(", ", queries.Keys.Order(StringComparer.Ordinal));

    public IPanelQuery? Find(string name) => queries.GetValueOrDefault(name);
}
