using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Sakip.Analytics.Web.Tests.Pages;

/// <summary>A server-rendered page parsed with AngleSharp, with its panels' tables as text.</summary>
public sealed class HtmlPage(IDocument document)
{
    public IDocument Document { get; } = document;

    public static async Task<HtmlPage> LoadAsync(HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} returned {(int)response.StatusCode}");
        return new HtmlPage(new HtmlParser().ParseDocument(html));
    }

    /// <summary>Header row then data rows, each cell's shown value (without the source button).</summary>
    public IReadOnlyList<string[]> Table(string panel)
    {
        var table = Document.QuerySelector($"[data-panel='{panel}'] table") ?? throw new InvalidOperationException($"Panel {panel} has no table.");
        var header = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToArray();
        var rows = table.QuerySelectorAll("tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => (td.QuerySelector(".cell-value") ?? td).TextContent.Trim()).ToArray());
        return [header, .. rows];
    }

    public string[] Row(string panel, Func<string[], bool> predicate) => Table(panel).Skip(1).Single(predicate);

    public string Cell(string panel, string[] row, string header) => row[Array.IndexOf(Table(panel)[0], header)];

    public string? Link(string panel, string format) =>
        Document.QuerySelector($"[data-panel='{panel}'] a[data-download='{format}']")?.GetAttribute("href");

    public IEnumerable<string> Notes(string panel) =>
        Document.QuerySelectorAll($"[data-panel='{panel}'] .notes li").Select(li => li.TextContent.Trim());
}
