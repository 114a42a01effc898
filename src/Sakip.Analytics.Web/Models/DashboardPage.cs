using Sakip.Analytics.Application.Dashboards;
using Sakip.Analytics.Application.Dashboards.ReadModel;
using Sakip.Analytics.Web.Dashboards;

namespace Sakip.Analytics.Web.Models;

/// <summary>
/// Everything a dashboard page shows; <see cref="Drafts"/> is empty unless the reader is a member of the tenant,
/// and <see cref="Notes"/> holds the data notes of the figures the reader's scope sees.
/// </summary>
public sealed record DashboardPage(
    DashboardView View,
    IReadOnlyList<TenantProfile> Tenants,
    IReadOnlyList<NavLink> Navigation,
    IReadOnlyList<ParameterField> Fields,
    IReadOnlyList<PanelModel> Panels,
    string ShareUrl,
    string FormAction,
    DraftNotice Drafts,
    FigureNotes Notes)
{
    public TenantProfile Tenant => View.Tenant;

    public string UnitName(string slug) => View.Units.FirstOrDefault(u => u.Unit == slug)?.Name ?? slug;
}
