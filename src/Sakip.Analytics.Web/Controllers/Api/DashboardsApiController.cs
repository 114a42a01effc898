using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Sakip.Analytics.Application.Dashboards;
using Sakip.Analytics.Web.Caching;
using Sakip.Analytics.Web.Dashboards;

namespace Sakip.Analytics.Web.Controllers.Api;

/// <summary>API v1: any dashboard (or one panel) of a tenant, with the same parameters as its page.</summary>
[ApiController]
[OutputCache(PolicyName = PublicCache.Policy)]
[Produces("application/json")]
public sealed class DashboardsApiController(DashboardRunner runner, RequestScopes scopes) : ControllerBase
{
    [HttpGet("/api/v1/{tenant:slug}/dashboards/{dashboard:slug}")]
    public IActionResult Dashboard(string tenant, string dashboard) => Ok(Json(runner.Run(scopes.For(HttpContext, tenant), dashboard, QueryValues.From(Request.Query))));

    [HttpGet("/api/v1/{tenant:slug}/dashboards/{dashboard:slug}/panels/{panel:slug}")]
    public IActionResult Panel(string tenant, string dashboard, string panel) =>
        Ok(Json(runner.Run(scopes.For(HttpContext, tenant), dashboard, QueryValues.From(Request.Query), panel)));

    private static object Json(DashboardView view) => new
    {
        tenant = view.Tenant.Tenant,
        dashboard = view.Definition.Id,
        version = view.Definition.Version,
        title = view.Definition.Title,
        parameters = view.Canonical,
        panels = view.Panels.Select(p => new
        {
            id = p.Definition.Id,
            title = p.Definition.Title,
            query = p.Definition.Query,
            chart = p.Definition.Chart?.Type,
            result = PanelJson.From(p.Table, p.TableColumns),
        }),
    };
}
