using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Sakip.Analytics.Application.Dashboards;
using Sakip.Analytics.Application.Dashboards.Parameters;
using Sakip.Analytics.Web.Caching;
using Sakip.Analytics.Web.Dashboards;

namespace Sakip.Analytics.Web.Controllers.Api;

/// <summary>API v1: a unit (the first of units=) against the others, and against its peer group.</summary>
[ApiController]
[OutputCache(PolicyName = PublicCache.Policy)]
[Produces("application/json")]
public sealed class BenchmarkApiController(DashboardRunner runner, RequestScopes scopes) : ControllerBase
{
    /// <summary>GET /api/v1/{tenant}/benchmark?units=a,b&amp;measure=M&amp;from=Y1&amp;to=Y2</summary>
    [HttpGet("/api/v1/{tenant:slug}/benchmark")]
    public IActionResult Benchmark(string tenant)
    {
        var scope = scopes.For(HttpContext, tenant);
        runner.Tenant(scope);
        var query = QueryValues.From(Request.Query);
        var units = query.TryGetValue("units", out var raw) ? ParameterTypes.SplitList(string.Join(',', raw)) : [];
        if (units.Count == 0)
        {
            throw DashboardRequestException.BadRequest("Unit belum dipilih", "Sebutkan unit: units=unit-utama,pembanding-1,... (unit pertama adalah unit utama).", "units");
        }

        var measureKeys = query.TryGetValue("measure", out var m) ? string.Join(',', m) : "";
        query["unit"] = [units[0]];
        query["peers"] = [string.Join(',', units.Skip(1))];
        query["measures"] = [measureKeys];
        var (comparison, values) = runner.RunQuery(scope, "benchmark.compare",
            [ApiParameters.Unit, ApiParameters.Units("peers"), ApiParameters.Measures, ApiParameters.Year("from", "latest-1"), ApiParameters.Year("to")], query);
        var measures = values.Measures("measures");
        query["year"] = [values.Year("to").ToString(System.Globalization.CultureInfo.InvariantCulture)];
        var peerGroups = measures.Select(measure =>
        {
            query["measure"] = [measure.Key];
            var (stats, _) = runner.RunQuery(scope, "peer.stats", [ApiParameters.Unit, ApiParameters.Measure(), ApiParameters.Indicator, ApiParameters.Year()], query);
            var (ranking, _) = runner.RunQuery(scope, "peer.ranking", [ApiParameters.Unit, ApiParameters.Measure(), ApiParameters.Indicator, ApiParameters.Year()], query);
            return new { measure = measure.Key, statistics = PanelJson.From(stats), ranking = PanelJson.From(ranking) };
        }).ToList();
        return Ok(new
        {
            tenant,
            unit = values.Text("unit"),
            peers = values.List("peers"),
            measures = measures.Select(x => x.Key),
            from = values.Year("from"),
            to = values.Year("to"),
            comparison = PanelJson.From(comparison),
            peerGroup = peerGroups,
        });
    }
}
