using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Sakip.Analytics.Application.Dashboards;
using Sakip.Analytics.Web.Caching;
using Sakip.Analytics.Web.Dashboards;

namespace Sakip.Analytics.Web.Controllers.Api;

/// <summary>API v1: the figures behind the views, each endpoint a named query with checked parameters.</summary>
[ApiController]
[OutputCache(PolicyName = PublicCache.Policy)]
[Produces("application/json")]
public sealed class FactsApiController(DashboardRunner runner, RequestScopes scopes) : ControllerBase
{
    /// <summary>Every unit's AKIP of one year: components, total, predikat, rank.</summary>
    [HttpGet("/api/v1/{tenant:slug}/akip")]
    public IActionResult Akip(string tenant) =>
        Run(tenant, "akip.ranking", [ApiParameters.Year(), ApiParameters.Kind]);

    /// <summary>Every unit of one year: AKIP, IKM, mean IKU capaian, penyerapan.</summary>
    [HttpGet("/api/v1/{tenant:slug}/overview")]
    public IActionResult Overview(string tenant) =>
        Run(tenant, "overview.units", [ApiParameters.Year(), ApiParameters.Kind]);

    /// <summary>A unit's indicators per year: target, realization, computed and printed capaian, with sources.</summary>
    [HttpGet("/api/v1/{tenant:slug}/units/{unit:slug}/indicators")]
    public IActionResult Indicators(string tenant, string unit) =>
        Run(tenant, "indicator.all", [ApiParameters.Unit, ApiParameters.Year("from", "earliest"), ApiParameters.Year("to", "horizon")], ("unit", unit));

    /// <summary>A unit's measure per year against its target.</summary>
    [HttpGet("/api/v1/{tenant:slug}/units/{unit:slug}/trend")]
    public IActionResult Trend(string tenant, string unit) =>
        Run(tenant, "measure.trend", [ApiParameters.Unit, ApiParameters.Measure("measure", "akip"), ApiParameters.Indicator, ApiParameters.Year("from", "first"), ApiParameters.Year("to")], ("unit", unit));

    /// <summary>A unit's budget by program, with penyerapan computed and printed.</summary>
    [HttpGet("/api/v1/{tenant:slug}/units/{unit:slug}/budget")]
    public IActionResult Budget(string tenant, string unit) =>
        Run(tenant, "budget.programs", [ApiParameters.Unit, ApiParameters.Year()], ("unit", unit));

    /// <summary>One measure for chosen units over a year range.</summary>
    [HttpGet("/api/v1/{tenant:slug}/compare")]
    public IActionResult Compare(string tenant) =>
        Run(tenant, "measure.compare", [ApiParameters.Units(), ApiParameters.Measure(), ApiParameters.Indicator, ApiParameters.Year("from"), ApiParameters.Year("to")]);

    private OkObjectResult Run(string tenant, string query, IReadOnlyList<Application.Dashboards.Definitions.ParameterDefinition> parameters, params (string, string)[] route)
    {
        var (table, values) = runner.RunQuery(scopes.For(HttpContext, tenant), query, parameters, QueryValues.From(Request.Query, route));
        return Ok(new
        {
            tenant,
            query,
            parameters = values.All.ToDictionary(p => p.Key, p => ApiValue(p.Value)),
            result = PanelJson.From(table),
        });
    }

    internal static object? ApiValue(object? value) => value switch
    {
        Application.Dashboards.Measures.MeasureDefinition m => m.Key,
        IEnumerable<Application.Dashboards.Measures.MeasureDefinition> ms => ms.Select(m => m.Key),
        _ => value,
    };
}
