using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Sakip.Analytics.Application.Dashboards;
using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Application.Dashboards.Measures;
using Sakip.Analytics.Application.Dashboards.Rules;
using Sakip.Analytics.Web.Caching;
using Sakip.Analytics.Web.Dashboards;

namespace Sakip.Analytics.Web.Controllers.Api;

/// <summary>API v1: tenants, their units, the measure catalog and the dashboard definitions.</summary>
[ApiController]
[OutputCache(PolicyName = PublicCache.Policy)]
[Produces("application/json")]
public sealed class TenantsApiController(DashboardRunner runner, RequestScopes scopes) : ControllerBase
{
    [HttpGet("/api/v1/tenants")]
    public IActionResult Tenants() => Ok(runner.Tenants().Select(t => new
    {
        tenant = t.Tenant,
        name = t.Name,
        kind = t.Kind,
        province = t.Province,
        years = t.Years,
        reportedYears = t.ReportedYears,
    }));

    [HttpGet("/api/v1/{tenant:slug}")]
    public IActionResult Tenant(string tenant)
    {
        var profile = runner.Tenant(scopes.For(HttpContext, tenant));
        var rules = new TenantRules(profile);
        return Ok(new
        {
            tenant = profile.Tenant,
            name = profile.Name,
            kind = profile.Kind,
            province = profile.Province,
            years = profile.Years,
            reportedYears = profile.ReportedYears,
            lowerIsBetterMethod = new { slug = Domain.Facts.Slugs.ToSlug(profile.LowerIsBetterMethod), formula = rules.MethodLabel },
            capaianScale = new { name = rules.ScaleName, bands = rules.Scale.Bands.Select(b => new { label = b.Label, min = b.Min, max = b.Max }) },
        });
    }

    [HttpGet("/api/v1/{tenant:slug}/units")]
    public IActionResult Units(string tenant) => Ok(runner.Units(scopes.For(HttpContext, tenant)).Select(u => new
    {
        unit = u.Unit,
        name = u.Name,
        kind = u.Kind,
        kindLabel = UnitKinds.Label(u.Kind),
        facts = u.Facts,
        years = u.Years,
    }));

    [HttpGet("/api/v1/measures")]
    public IActionResult Measures() => Ok(MeasureCatalog.All.Select(m => new
    {
        key = m.Key,
        label = m.Label,
        description = m.Description,
        format = m.Format.ToString().ToLowerInvariant(),
        needsIndicator = m.NeedsIndicator,
    }));

    [HttpGet("/api/v1/dashboards")]
    public IActionResult Dashboards() => Ok(runner.Dashboards.All.Select(d => new
    {
        id = d.Id,
        version = d.Version,
        title = d.Title,
        description = d.Description,
        audience = d.Audience,
        landing = d.Landing,
        parameters = d.Parameters.Select(p => new { name = p.Name, type = p.Type, label = p.Label, @default = p.Default }),
        panels = d.Panels.Select(p => new { id = p.Id, title = p.Title, query = p.Query, chart = p.Chart?.Type }),
    }));

    [HttpGet("/api/v1/queries")]
    public IActionResult Queries() => Ok(runner.Queries.All.OrderBy(q => q.Name, StringComparer.Ordinal).Select(q => new
    {
        name = q.Name,
        description = q.Description,
        parameters = q.Parameters.Select(p => new { name = p.Name, type = Application.Dashboards.Parameters.ParameterTypes.Name(p.Type), required = p.Required }),
        columns = q.Columns.Select(c => new { key = c.Key, label = c.Label, format = c.Format.ToString().ToLowerInvariant() }),
    }));
}
