using Microsoft.Playwright;
using Sakip.Analytics.Web.Authorization;
using Sakip.Analytics.Web.Tests.Browser;
using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Review;

/// <summary>
/// An Operator in Chromium (signed in through the test scheme) uploads Sumbersari's report, corrects a
/// value, accepts every table and loads it; the run page shows the notes; once published, a visitor
/// opens the note beside the 996,22% on the unit profile. No console error anywhere.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ReviewFlowInTheBrowserTests(BrowserFixture browser)
{
    private const string Jember = "kabupaten-jember";

    [Fact]
    public async Task Upload_review_correct_accept_and_load_then_the_published_note_opens_beside_the_figure()
    {
        using var host = new SignedInHost();
        host.StartServer();
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "id-ID",
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            ExtraHTTPHeaders = Headers(TestUser.Member(Jember, TenantRoles.Operator)),
        });
        var page = await context.NewPageAsync();
        var errors = Errors(page);

        await page.GotoAsync(new Uri(host.BaseAddress, $"/{Jember}/operator/laporan").ToString());
        await page.Locator("#report").SetInputFilesAsync(new FilePayload
        {
            Name = SeedReports.Sumbersari,
            MimeType = "text/plain",
            Buffer = SeedReports.Bytes(SeedReports.Sumbersari),
        });
        await page.Locator("#upload-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync($"**/{Jember}/operator/laporan/*", new PageWaitForURLOptions { Timeout = 30_000 });
        Assert.Contains("dilaporkan 996,22%", await page.Locator("#findings-table").InnerTextAsync(), StringComparison.Ordinal);
        await Screenshot(page, "review");

        var row = page.Locator("tr[data-dataset='indicators'][data-loaded='true']").First;
        var figure = await row.GetAttributeAsync("data-figure");
        await row.Locator("a[data-action='edit']").ClickAsync();
        await page.Locator("#edit-value").FillAsync("12.345");
        await Screenshot(page, "review-edit");
        await page.Locator("#edit-form button[type=submit]").ClickAsync();
        await page.Locator("#message").WaitForAsync();
        Assert.Equal("12.345", await page.Locator($"tr[data-figure='{figure}'] .review-edit").InnerTextAsync());

        await page.Locator("#accept-all").ClickAsync();
        await page.Locator("#message").WaitForAsync();
        Assert.Equal("0", await page.Locator("#count-pending").InnerTextAsync());
        await page.Locator("#load").ClickAsync();
        await page.WaitForURLAsync($"**/{Jember}/operator/run/*", new PageWaitForURLOptions { Timeout = 30_000 });
        await page.Locator("#run[data-finished='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        Assert.Equal("Berhasil", await page.Locator("#run-status").InnerTextAsync());
        Assert.Contains("dilaporkan 996,22%", await page.Locator("#run-notes-table").InnerTextAsync(), StringComparison.Ordinal);
        await Screenshot(page, "review-run");

        await page.GotoAsync(new Uri(host.BaseAddress, $"/{Jember}/operator").ToString());
        var publish = page.Locator("#publications tr[data-draft='true'] [data-action='publish']");
        while (await publish.CountAsync() > 0)
        {
            await publish.First.ClickAsync();
            await page.Locator("#message").WaitForAsync();
        }

        await using var visitor = await ViewSession.OpenAsync(browser.Browser, new Uri(host.BaseAddress, $"/{Jember}/unit/kecamatan-sumbersari?year=2021"));
        var note = visitor.Page.Locator("[data-panel='anggaran'] td[data-key='reported_pct'] .note-btn").Filter(new LocatorFilterOptions { HasText = "dilaporkan 996,22%, dihitung 100,74%" });
        await note.ClickAsync();
        var popover = visitor.Page.Locator(".popover");
        await popover.WaitForAsync();
        Assert.Contains("baris 497", await popover.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("dilaporkan 996,22%", await visitor.Page.Locator("[data-panel='catatan-data']").InnerTextAsync(), StringComparison.Ordinal);
        await visitor.ScreenshotAsync("profil-catatan-data");

        Assert.Empty(errors);
        Assert.Empty(visitor.Errors);
    }

    private static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name + ".png"), FullPage = true });

    private static Dictionary<string, string> Headers(TestUser user)
    {
        using var probe = new HttpRequestMessage();
        user.Apply(probe);
        return probe.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value));
    }

    private static List<string> Errors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return errors;
    }
}
