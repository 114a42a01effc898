namespace Sakip.Analytics.Application.Dashboards.Definitions;

/// <summary>The validated dashboard definitions, in navigation order.</summary>
public sealed class DashboardCatalog(IReadOnlyList<DashboardDefinition> definitions)
{
    public IReadOnlyList<DashboardDefinition> All { get; } = [.. definitions.OrderBy(d => d.Order).ThenBy(d => d.Id, StringComparer.Ordinal)];

    public DashboardDefinition? Find(string id) => All.FirstOrDefault(d => d.Id == id);

    /// <summary>The dashboard of a tenant's home page.</summary>
    public DashboardDefinition Landing => All.First(d => d.Landing);

    /// <summary>The dashboard of /{tenant}/unit/{unit}, if one is marked.</summary>
    public DashboardDefinition? UnitPage => All.FirstOrDefault(d => d.UnitPage);
}
