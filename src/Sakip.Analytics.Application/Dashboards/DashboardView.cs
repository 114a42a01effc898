using Sakip.Analytics.Application.Dashboards.Definitions;
using Sakip.Analytics.Application.Dashboards.Panels;
using Sakip.Analytics.Application.Dashboards.Parameters;
using Sakip.Analytics.Application.Dashboards.ReadModel;

namespace Sakip.Analytics.Application.Dashboards;

/// <summary>A dashboard run for one tenant with bound parameters: what a page, the API and a download show.</summary>
public sealed record DashboardView(
    DashboardDefinition Definition,
    TenantProfile Tenant,
    IReadOnlyList<UnitEntry> Units,
    ParameterValues Values,
    IReadOnlyDictionary<string, string> Canonical,
    IReadOnlyList<PanelView> Panels);

/// <summary>A panel's result and the columns its table and downloads show (columns empty in every row are dropped).</summary>
public sealed record PanelView(PanelDefinition Definition, PanelTable Table, IReadOnlyList<PanelColumn> TableColumns);
