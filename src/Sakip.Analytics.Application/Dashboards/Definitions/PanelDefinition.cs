namespace Sakip.Analytics.Application.Dashboards.Definitions;

/// <summary>A panel: a named query, how its parameters are bound, and how its result is drawn and tabled.</summary>
public sealed class PanelDefinition
{
    public string Id { get; init; } = "";

    public string Title { get; init; } = "";

    public string? Description { get; init; }

    /// <summary>The name of a query in the panel query catalog, e.g. "akip.ranking".</summary>
    public string Query { get; init; } = "";

    /// <summary>
    /// Query parameter -> "$dashboardParameter" or a constant. A query parameter left out binds to the
    /// dashboard parameter of the same name.
    /// </summary>
    public IReadOnlyDictionary<string, string> Bind { get; init; } = new Dictionary<string, string>();

    public ChartDefinition? Chart { get; init; }

    public TableDefinition? Table { get; init; }

    /// <summary>Bootstrap grid columns on wide screens, 1-12.</summary>
    public int Width { get; init; } = 12;
}
