using Microsoft.Playwright;

namespace Sakip.Analytics.Web.Tests.Browser;

/// <summary>One page of the dashboard opened in the browser, with every console error and page error it produced.</summary>
public sealed class ViewSession : IAsyncDisposable
{
    private const string ChartsScript = """
        () => [...document.querySelectorAll('[data-chart]')].map(e => {
            const chart = window.echarts && echarts.getInstanceByDom(e);
            const series = chart ? chart.getOption().series : [];
            const points = series.reduce((n, s) => n + (s.data || []).filter(d => {
                const v = d && typeof d === 'object' && !Array.isArray(d) ? d.value : d;
                return v !== null && v !== undefined && !(Array.isArray(v) && v.some(x => x === null));
            }).length, 0);
            return { panel: e.closest('[data-panel]').dataset.panel, rendered: e.getAttribute('data-rendered') || '',
                     hasSvg: !!e.querySelector('svg'), points };
        })
        """;

    private readonly IBrowserContext context;

    private ViewSession(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => Errors.Add($"page: {error}");
        page.RequestFailed += (_, request) => Errors.Add($"request failed: {request.Url}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Errors.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public static async Task<ViewSession> OpenAsync(IBrowser browser, Uri url)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "id-ID",
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        });
        var session = new ViewSession(context, await context.NewPageAsync());
        await session.Page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await session.Page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('[data-chart]')].every(e => e.hasAttribute('data-rendered'))",
            null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        return session;
    }

    public async Task<IReadOnlyList<ChartState>> ChartsAsync() =>
        await Page.EvaluateAsync<ChartState[]>(ChartsScript);

    /// <summary>The cell texts of a panel's table as the browser shows them, header row first.</summary>
    public async Task<IReadOnlyList<string[]>> TableAsync(string panel) =>
        await Page.EvaluateAsync<string[][]>(
            """
            panel => {
                const table = document.querySelector(`[data-panel="${panel}"] table`);
                if (!table) return [];
                const header = [...table.tHead.rows[0].cells].map(c => c.textContent.trim());
                const rows = [...table.tBodies[0].rows].map(r => [...r.cells].map(c => (c.querySelector('.cell-value') || c).textContent.trim()));
                return [header, ...rows];
            }
            """,
            panel);

    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(BrowserFixture.ScreenshotDirectory, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
