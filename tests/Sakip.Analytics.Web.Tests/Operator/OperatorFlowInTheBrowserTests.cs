using System.Net;
using Microsoft.Playwright;
using Sakip.Analytics.Web.Authorization;
using Sakip.Analytics.Web.Tests.Browser;
using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Operator;

/// <summary>
/// An Operator in Chromium (signed in through the test scheme): uploads a template, follows the run
/// page until the run is done, publishes the new (year, dataset), and the public API shows it.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class OperatorFlowInTheBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Upload_follows_the_run_to_its_end_and_publish_makes_the_figures_public()
    {
        using var host = new SignedInHost();
        host.StartServer();
        using var client = host.NewClient();
        var user = TestUser.Member("kabupaten-batu-bara", TenantRoles.Operator);
        var headers = new Dictionary<string, string>();
        using (var probe = new HttpRequestMessage())
        {
            user.Apply(probe);
            foreach (var header in probe.Headers)
            {
                headers[header.Key] = string.Join(", ", header.Value);
            }
        }

        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "id-ID",
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            ExtraHTTPHeaders = headers,
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(new Uri(host.BaseAddress, "/kabupaten-batu-bara/operator").ToString());
        await page.Locator("#files").SetInputFilesAsync(new FilePayload
        {
            Name = "ikm.csv",
            MimeType = "text/csv",
            Buffer = DemoBatches.Bytes(DemoBatches.BatuBara, "ikm.csv"),
        });
        await page.Locator("#upload-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/kabupaten-batu-bara/operator/run/*", new PageWaitForURLOptions { Timeout = 30_000 });
        await page.Locator("#run[data-finished='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "operator-run.png"), FullPage = true });

        Assert.Equal("Berhasil", await page.Locator("#run-status").InnerTextAsync());
        Assert.NotEqual("0", (await page.Locator("#run-rows tr[data-dataset='ikm'] td.text-end").InnerTextAsync()).Trim());

        await page.GetByText("Periksa dan terbitkan").ClickAsync();
        var row = page.Locator("#publications tr[data-year='2023'][data-dataset='ikm']");
        Assert.Equal("true", await row.GetAttributeAsync("data-draft"));
        await row.Locator("[data-action='publish']").ClickAsync();
        await page.Locator("#message").WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "operator-published.png"), FullPage = true });

        Assert.Contains("diterbitkan", await page.Locator("#message").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("false", await page.Locator("#publications tr[data-year='2023'][data-dataset='ikm']").GetAttributeAsync("data-draft"));
        using var audit = await new SignedInClient(client, user).GetAsync("/kabupaten-batu-bara/audit");
        var log = await audit.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
        Assert.Contains("data-action=\"publish\"", log, StringComparison.Ordinal);
        Assert.Empty(errors);
    }
}
