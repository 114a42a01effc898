using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Sakip.Analytics.Application.Dashboards;
using Sakip.Analytics.Application.Dashboards.Parameters;
using Sakip.Analytics.Web.Caching;
using Sakip.Analytics.Web.Dashboards;

namespace Sakip.Analytics.Web.Controllers;

/// <summary>
/// The read-only pages of a tenant: any dashboard definition, rendered from its file. Anonymous and
/// cached for the public (published facts); members of the tenant see drafts too, uncached.
/// </summary>
[OutputCache(PolicyName = PublicCache.Policy)]
public sealed class DashboardController(DashboardRunner runner, DashboardPageBuilder pages, RequestScopes scopes) : Controller
{
    [HttpGet("/{tenant:slug}")]
    public IActionResult Landing(string tenant) => Show(tenant, runner.Dashboards.Landing.Id);

    [HttpGet("/{tenant:slug}/{dashboard:slug}")]
    public IActionResult Dashboard(string tenant, string dashboard) => Show(tenant, dashboard);

    [HttpGet("/{tenant:slug}/unit/{unit:slug}")]
    public IActionResult Unit(string tenant, string unit)
    {
        var page = runner.Dashboards.UnitPage
            ?? throw DashboardRequestException.NotFound("Profil unit tidak tersedia", "Tidak ada dasbor profil unit.");
        return Show(tenant, page.Id, ("unit", unit));
    }

    private ViewResult Show(string tenant, string dashboard, params (string, string)[] routeValues)
    {
        var scope = scopes.For(HttpContext, tenant);
        var view = runner.Run(scope, dashboard, QueryValues.From(Request.Query, routeValues));
        return View("Show", pages.Build(view, scope));
    }
}
