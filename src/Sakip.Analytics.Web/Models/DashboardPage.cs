using Sakip.Analytics.Application.Dashboards;
using Sakip.Analytics.Application.Dashboards.ReadModel;

namespace Sakip.Analytics.Web.Models;

/// <summary>Everything a dashboard page shows.</summary>
public sealed record DashboardPage(
    DashboardView View,
    IReadOnlyList<TenantProfile> Tenants,
    IReadOnlyList<NavLink> Navigation,
    IReadOnlyList<ParameterField> Fields,
    IReadOnlyList<PanelModel> Panels,
    string ShareUrl,
    string FormAction)
{
    public TenantProfile Tenant => View.Tenant;

    public string UnitName(string slug) => View.Units.FirstOrDefault(u => u.Unit == slug)?.Name ?? slug;
}
