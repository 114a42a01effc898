using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Sakip.Analytics.Application.Dashboards;
using Sakip.Analytics.Web.Caching;
using Sakip.Analytics.Web.Dashboards;
using Sakip.Analytics.Web.Models;

namespace Sakip.Analytics.Web.Controllers;

public sealed class HomeController(DashboardRunner runner, HomeQuestions questions, RequestScopes scopes) : Controller
{
    [HttpGet("/")]
    [OutputCache(PolicyName = PublicCache.Policy)]
    public IActionResult Index()
    {
        var cards = runner.Tenants()
            .Select(t =>
            {
                var units = runner.Units(scopes.For(HttpContext, t.Tenant));
                var reporting = units.OrderByDescending(u => u.Facts).ThenBy(u => u.Name, StringComparer.Ordinal).FirstOrDefault();
                return new TenantCard(t, units.Count, reporting, questions.For(t, reporting, units));
            })
            .ToList();
        return View(new HomePage(cards, runner.Dashboards.All));
    }
}
