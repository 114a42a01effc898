using Sakip.Analytics.Application.Dashboards;
using Sakip.Analytics.Application.Dashboards.Definitions;
using Sakip.Analytics.Application.Tenancy;
using Sakip.Analytics.Web.Models;

namespace Sakip.Analytics.Web.Dashboards;

/// <summary>Shapes a dashboard run into a page: navigation, selection form, panels with charts and downloads.</summary>
public sealed class DashboardPageBuilder(DashboardRunner runner, ParameterFields fields, DraftNotices drafts)
{
    /// <summary>The page of a dashboard run in <paramref name="scope"/>; a scope with drafts gets the draft notice.</summary>
    public DashboardPage Build(DashboardView view, TenantScope scope)
    {
        ArgumentNullException.ThrowIfNull(view);
        var notice = drafts.For(scope);
        var tenant = view.Tenant.Tenant;
        var panels = view.Panels.Select((panel, i) => new PanelModel(
            panel,
            $"panel-{panel.Definition.Id}",
            ChartPayload.For(panel),
            DashboardUrls.Download(tenant, view.Definition, panel.Definition.Id, "csv", view.Canonical),
            DashboardUrls.Download(tenant, view.Definition, panel.Definition.Id, "xlsx", view.Canonical))).ToList();
        return new DashboardPage(
            view,
            runner.Tenants(),
            Navigation(view),
            [.. view.Definition.Parameters.Select(p => fields.For(p, view, scope, notice))],
            panels,
            DashboardUrls.Page(tenant, view.Definition, view.Canonical),
            view.Definition.Landing ? $"/{tenant}" : $"/{tenant}/{view.Definition.Id}",
            notice,
            new FigureNotes(runner.DataNotes(scope)));
    }

    /// <summary>Links to every dashboard, carrying over the values of parameters with the same name and type.</summary>
    private IReadOnlyList<NavLink> Navigation(DashboardView view) =>
        [.. runner.Dashboards.All.Select(target =>
        {
            var carried = target.Parameters
                .Where(p => view.Definition.Parameter(p.Name)?.Type == p.Type && view.Canonical.ContainsKey(p.Name))
                .ToDictionary(p => p.Name, p => view.Canonical[p.Name]);
            return new NavLink(target.Id, target.Title, DashboardUrls.Page(view.Tenant.Tenant, target, carried), target.Id == view.Definition.Id);
        })];
}
