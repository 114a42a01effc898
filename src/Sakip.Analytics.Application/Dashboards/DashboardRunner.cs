using Sakip.Analytics.Application.Dashboards.Definitions;
using Sakip.Analytics.Application.Dashboards.Indicators;
using Sakip.Analytics.Application.Dashboards.Measures;
using Sakip.Analytics.Application.Dashboards.Panels;
using Sakip.Analytics.Application.Dashboards.Parameters;
using Sakip.Analytics.Application.Dashboards.ReadModel;
using Sakip.Analytics.Application.DataNotes;
using Sakip.Analytics.Application.Tenancy;

namespace Sakip.Analytics.Application.Dashboards;

/// <summary>
/// Runs dashboards and single named queries within a <see cref="TenantScope"/>: binds parameters,
/// runs panels, shapes tables. The public pages pass <see cref="TenantScope.Published"/>; a page for
/// an authorized user can pass <see cref="TenantScope.WithDrafts"/> and see the drafts too.
/// </summary>
public sealed partial class DashboardRunner(ReadModelCache cache, PanelQueryCatalog queries, DashboardCatalog dashboards)
{
    public DashboardCatalog Dashboards => dashboards;

    public PanelQueryCatalog Queries => queries;

    /// <summary>The tenants with published data.</summary>
    public IReadOnlyList<TenantProfile> Tenants() => cache.Current().Tenants();

    public TenantProfile Tenant(TenantScope scope) => Profile(cache.Current(), scope);

    public IReadOnlyList<UnitEntry> Units(TenantScope scope)
    {
        var read = cache.Current();
        Profile(read, scope);
        return read.Units(scope);
    }

    /// <summary>The indicator names of a tenant, IKU first, for the indicator choice.</summary>
    public IReadOnlyList<IndicatorName> IndicatorNames(TenantScope scope)
    {
        var read = cache.Current();
        Profile(read, scope);
        return IndicatorNames(read, scope);
    }

    /// <summary>The data notes the scope sees, of one unit or of every unit; the same data version as the figures.</summary>
    public IReadOnlyList<DataNote> DataNotes(TenantScope scope, string? unit = null) => cache.Current().DataNotes(scope, unit);

    /// <summary>Runs a dashboard (or only one of its panels) with the query-string values given.</summary>
    public DashboardView Run(TenantScope scope, string dashboardId, IReadOnlyDictionary<string, IReadOnlyList<string>> query, string? onlyPanel = null)
    {
        var definition = dashboards.Find(dashboardId)
            ?? throw DashboardRequestException.NotFound("Dasbor tidak ditemukan", $"Dasbor '{dashboardId}' tidak ada.", "dashboard");
        if (onlyPanel is not null && definition.Panel(onlyPanel) is null)
        {
            throw DashboardRequestException.NotFound("Panel tidak ditemukan", $"Dasbor '{dashboardId}' tidak memiliki panel '{onlyPanel}'.", "panel");
        }

        var read = cache.Current();
        var (profile, units, binding) = Context(read, scope);
        var (values, canonical) = ParameterBinder.Bind(definition.Parameters, query, binding);
        var measures = new MeasureSeries(read);
        var panels = definition.Panels
            .Where(p => onlyPanel is null || p.Id == onlyPanel)
            .Select(panel => RunPanel(new PanelRun(scope, read, measures, profile, units, values, binding), panel))
            .ToList();
        return new DashboardView(definition, profile, units, values, canonical, panels);
    }

    /// <summary>Runs one named query with parameters declared ad hoc (the JSON API's endpoints).</summary>
    public (PanelTable Table, ParameterValues Values) RunQuery(
        TenantScope scope, string queryName, IReadOnlyList<ParameterDefinition> parameters, IReadOnlyDictionary<string, IReadOnlyList<string>> query)
    {
        var panelQuery = queries.Find(queryName) ?? throw new InvalidOperationException($"No query named {queryName}.");
        var read = cache.Current();
        var (profile, units, binding) = Context(read, scope);
        var (values, _) = ParameterBinder.Bind(parameters, query, binding);
        return (Tidy(panelQuery.Run(new PanelContext(scope, profile, units, values, read, new MeasureSeries(read)))), values);
    }

    private static TenantProfile Profile(IDashboardReadModel read, TenantScope scope) =>
        read.Tenant(scope)
        ?? throw DashboardRequestException.NotFound("Pemda tidak ditemukan", $"Pemda '{scope.Tenant}' tidak dikenal.", "tenant");

    private static (TenantProfile Profile, IReadOnlyList<UnitEntry> Units, BindingContext Binding) Context(IDashboardReadModel read, TenantScope scope)
    {
        var profile = Profile(read, scope);
        var units = read.Units(scope);
        var binding = new BindingContext(profile, units, () => IndicatorNames(read, scope));
        return (profile, units, binding);
    }

    private static List<IndicatorName> IndicatorNames(IDashboardReadModel read, TenantScope scope) =>
        read.IndicatorValues(scope)
            .Select(v => new IndicatorName(v.Unit, v.Name, v.Level is "sasaran" or "tujuan"))
            .DistinctBy(i => (i.Unit, i.Name))
            .OrderBy(i => i.IsIku ? 0 : 1)
            .ThenBy(i => i.Name, StringComparer.Ordinal)
            .ToList();
}
