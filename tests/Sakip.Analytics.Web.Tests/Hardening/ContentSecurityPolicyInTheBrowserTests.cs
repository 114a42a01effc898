using Microsoft.Playwright;
using Sakip.Analytics.Web.Tests.Browser;
using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Hardening;

/// <summary>The CSP allows what the pages really do: charts drawn, tooltips shown on hover, popovers, with no violation in the console.</summary>
[Collection(WebCollection.Name)]
public sealed class ContentSecurityPolicyInTheBrowserTests(WebAppFixture web, BrowserFixture browser)
{
    [Theory]
    [InlineData("/kabupaten-batu-bara?year=2023")]
    [InlineData("/kabupaten-batu-bara/perbandingan?measure=akip&from=2023&to=2023")]
    [InlineData("/kabupaten-batu-bara/tren?unit=kecamatan-sei-balai&from=2019&to=2023")]
    public async Task Hovering_every_chart_shows_its_tooltip_without_a_CSP_violation(string url)
    {
        await using var view = await ViewSession.OpenAsync(browser.Browser, new Uri(web.BaseAddress, url));
        var violations = new List<string>();
        await view.Page.ExposeFunctionAsync("reportViolation", (string text) => { violations.Add(text); });
        await view.Page.EvaluateAsync("() => document.addEventListener('securitypolicyviolation', e => window.reportViolation(e.violatedDirective + ' ' + e.blockedURI))");

        var charts = view.Page.Locator("[data-chart]");
        var tooltips = 0;
        for (var i = 0; i < await charts.CountAsync(); i++)
        {
            var chart = charts.Nth(i);
            await chart.ScrollIntoViewIfNeededAsync();
            var box = (await chart.BoundingBoxAsync())!;
            for (var step = 1; step < 12; step++)
            {
                await view.Page.Mouse.MoveAsync(box.X + (box.Width * step / 12), box.Y + (box.Height / 2));
            }

            tooltips += await chart.EvaluateAsync<int>("e => [...e.querySelectorAll('div')].filter(d => d.style.display !== 'none' && d.textContent.trim().length > 0).length");
        }

        Assert.True(tooltips > 0, "no chart showed a tooltip");
        Assert.Empty(violations);
        Assert.Empty(view.Errors);
    }
}
