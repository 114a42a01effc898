using Microsoft.Playwright;
using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Browser;

/// <summary>Every view loaded in Chromium: charts drawn with data, tables with the expected figures, no console errors.</summary>
[Collection(WebCollection.Name)]
public sealed class EveryViewInTheBrowserTests(WebAppFixture web, BrowserFixture browser)
{
    public static TheoryData<string, string, string, string> Views => new()
    {
        { "ikhtisar-batu-bara-2023", "/kabupaten-batu-bara?year=2023", "peringkat-akip", "Dinas Kesehatan, Pengendalian Penduduk, dan Keluarga Berencana" },
        { "perbandingan-kecamatan-akip-2023", "/kabupaten-batu-bara/perbandingan?measure=akip&from=2023&to=2023", "ukuran", "70,15" },
        { "perbandingan-penyerapan", "/kabupaten-batu-bara/perbandingan?units=kecamatan-sei-balai&measure=penyerapan&from=2023&to=2023", "ukuran", "93,56%" },
        { "tren-sei-balai-2019-2023", "/kabupaten-batu-bara/tren?unit=kecamatan-sei-balai&from=2019&to=2023", "ikm", "90,10" },
        { "benchmark-sei-balai-vs-datuk-tanah-datar", "/kabupaten-batu-bara/benchmark?unit=kecamatan-sei-balai&peers=kecamatan-datuk-tanah-datar&measures=ikm,akip&from=2022&to=2023", "perbandingan", "83,64" },
        { "profil-sei-balai", "/kabupaten-batu-bara/unit/kecamatan-sei-balai", "anggaran", "Rp 2.650.313.819" },
        { "profil-sungai-sembilan", "/kota-dumai/unit/kecamatan-sungai-sembilan", "iku", "86,98" },
        { "tren-sumbersari", "/kabupaten-jember/tren", "iku", "72,10" },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task View_draws_every_chart_with_data_shows_its_table_and_logs_no_error(string name, string url, string panel, string expectedCell)
    {
        await using var view = await ViewSession.OpenAsync(browser.Browser, new Uri(web.BaseAddress, url));
        var screenshot = await view.ScreenshotAsync(name);

        var charts = await view.ChartsAsync();
        Assert.NotEmpty(charts);
        Assert.All(charts, chart =>
        {
            Assert.True(chart.Rendered == "true", $"{name}: chart of panel {chart.Panel} was not drawn ({chart.Rendered}); see {screenshot}");
            Assert.True(chart.HasSvg, $"{name}: chart of panel {chart.Panel} has no SVG");
            Assert.True(chart.Points > 0, $"{name}: chart of panel {chart.Panel} has no data points");
        });
        var table = await view.TableAsync(panel);
        Assert.Contains(table.Skip(1), row => row.Contains(expectedCell));
        Assert.Empty(view.Errors);
    }

    [Fact]
    public async Task Home_page_leads_to_the_ranking_the_trend_and_the_benchmark()
    {
        await using var view = await ViewSession.OpenAsync(browser.Browser, web.BaseAddress);
        await view.ScreenshotAsync("home");
        var links = await view.Page.Locator("[data-tenant='kabupaten-batu-bara'] .questions a").AllInnerTextsAsync();

        Assert.Contains(links, l => l.Contains("AKIP-nya terbaik pada 2023", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Contains("Di peringkat berapa Kecamatan Sei Balai di antara 12 kecamatan", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Contains("IKM dan nilai AKIP Kecamatan Sei Balai bergerak 2019-2023", StringComparison.Ordinal));
        var navigation = view.Page.WaitForURLAsync("**/kabupaten-batu-bara/benchmark?**");
        await view.Page.GetByText("Di peringkat berapa Kecamatan Sei Balai").ClickAsync();
        await navigation;
        Assert.Contains("5", (await view.TableAsync("peringkat-sejenis")).Single(r => r.Contains("Kecamatan Sei Balai")));
        Assert.Empty(view.Errors);
    }

    [Fact]
    public async Task Choosing_a_unit_kind_filters_the_ranking_and_puts_the_choice_in_the_url()
    {
        await using var view = await ViewSession.OpenAsync(browser.Browser, new Uri(web.BaseAddress, "/kabupaten-batu-bara?year=2023"));
        // Listen before choosing: the form submits itself on change.
        var navigation = view.Page.WaitForURLAsync("**kind=kecamatan**");
        await view.Page.SelectOptionAsync("select[name=kind]", "kecamatan");
        await navigation;
        await view.Page.WaitForFunctionAsync("() => document.querySelector('[data-panel=\"peringkat-akip\"] [data-chart]')?.getAttribute('data-rendered') === 'true'");

        var table = await view.TableAsync("peringkat-akip");
        Assert.Equal(12, table.Count - 1);
        Assert.All(table.Skip(1), row => Assert.Contains("Kecamatan", row));
        Assert.Empty(view.Errors);
    }

    [Fact]
    public async Task A_figure_shows_its_source_document_table_and_line_on_one_click()
    {
        await using var view = await ViewSession.OpenAsync(browser.Browser, new Uri(web.BaseAddress, "/kabupaten-batu-bara/tren?unit=kecamatan-sei-balai&from=2019&to=2023"));
        var cell = view.Page.Locator("[data-panel='ikm'] tbody tr").Filter(new LocatorFilterOptions { HasText = "2022" }).Locator("td[data-key='value'] .src-btn");
        await cell.ClickAsync();

        var popover = view.Page.Locator(".popover");
        await popover.WaitForAsync();
        var text = await popover.InnerTextAsync();
        Assert.Contains("lkjip-2023-kabupaten-batu-bara-kecamatan-sei-balai.txt", text, StringComparison.Ordinal);
        Assert.Contains("Tabel 3.9", text, StringComparison.Ordinal);
        Assert.Contains("baris 712", text, StringComparison.Ordinal);
        Assert.Empty(view.Errors);
    }

    [Fact]
    public async Task Sorting_a_column_reorders_the_table_by_value()
    {
        await using var view = await ViewSession.OpenAsync(browser.Browser, new Uri(web.BaseAddress, "/kabupaten-batu-bara?year=2023&kind=kecamatan"));
        await view.Page.Locator("[data-panel='peringkat-akip'] th[data-key='total'] button").ClickAsync();

        var table = await view.TableAsync("peringkat-akip");
        var totalIndex = Array.IndexOf(table[0], "Nilai AKIP");
        Assert.Equal("66,66", table[1][totalIndex]);
        Assert.Equal("71,40", table[^1][totalIndex]);
    }

    [Fact]
    public async Task Printing_leaves_out_navigation_form_and_download_buttons()
    {
        await using var view = await ViewSession.OpenAsync(browser.Browser, new Uri(web.BaseAddress, "/kabupaten-batu-bara/tren"));
        await view.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await view.ScreenshotAsync("tren-print");

        Assert.False(await view.Page.Locator("form#selection").IsVisibleAsync());
        Assert.False(await view.Page.Locator("[data-download]").First.IsVisibleAsync());
        Assert.True(await view.Page.Locator("[data-panel='akip'] [data-chart] svg").IsVisibleAsync());
    }
}
