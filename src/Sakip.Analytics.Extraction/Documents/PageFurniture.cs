using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Documents;

/// <summary>
/// What a converter prints of a page's frame among the report's text: page numbers ("38", "- 12 -", "iv", "Halaman 4")
/// and running heads, lines printed on three pages or more.
/// </summary>
internal sealed partial class PageFurniture
{
    private const int MinRunningHeadPrints = 3;

    // A page's foot or head: its number, perhaps beside the running head.
    private const int MaxFrameLines = 2;

    // "Kecamatan" alone may end a wrapped heading on several pages; a running head names the report.
    private const int MinRunningHeadLength = 10;

    private readonly HashSet<string> runningHeads;

    private PageFurniture(HashSet<string> runningHeads) => this.runningHeads = runningHeads;

    /// <summary>Running heads as the gap between two parts of a table knows them: any line outside a table printed three times or more.</summary>
    public static PageFurniture Of(IReadOnlyList<ReportLine> lines) =>
        new(RunningHeads(lines, Enumerable.Range(0, lines.Count).Where(i => !lines[i].IsBlank && !lines[i].IsRow)));

    /// <summary>
    /// Running heads among wrapped paragraphs: only lines printed apart (beside a blank line, a page number or a table row),
    /// since a line inside wrapped paragraphs may repeat ("- b. Indikator Kinerja Sasaran : ...") and is no running head.
    /// </summary>
    public static PageFurniture ApartOf(IReadOnlyList<ReportLine> lines)
    {
        bool Apart(int i) => i < 0 || i >= lines.Count || lines[i].IsBlank || lines[i].IsRow || IsPageNumber(lines[i].Text);
        return new(RunningHeads(lines, Enumerable.Range(0, lines.Count).Where(i => !lines[i].IsBlank && !lines[i].IsRow && Apart(i - 1) && Apart(i + 1))));
    }

    /// <summary>A page's number alone ("38", "- 12 -", "Halaman 4"), or after the running head ("LKjIP ... 2023 - Halaman 31").</summary>
    public static bool IsPageNumber(string text) => PageNumber().IsMatch(Markup.Strip(text)) || NumberedHead().IsMatch(Markup.Strip(text));

    public bool IsRunningHead(string text) => runningHeads.Contains(NameKey.Of(text));

    /// <summary>A page number or a running head.</summary>
    public bool Is(string text) => IsPageNumber(text) || IsRunningHead(text);

    /// <summary>
    /// Whether the line at <paramref name="index"/> is part of a page's frame: a block of at most two lines between blank lines
    /// or table rows that holds a page number, perhaps under or over a running head ("Laporan Kinerja Instansi Pemerintah" over "31").
    /// </summary>
    public static bool IsFrameAt(IReadOnlyList<ReportLine> lines, int index)
    {
        bool InBlock(int i) => i >= 0 && i < lines.Count && !lines[i].IsBlank && !lines[i].IsRow;
        if (!InBlock(index))
        {
            return false;
        }

        var first = index;
        while (InBlock(first - 1))
        {
            first--;
        }

        var last = index;
        while (InBlock(last + 1))
        {
            last++;
        }

        // Only a page number tells the frame: a running head may also be a caption's line ("KECAMATAN X KABUPATEN Y").
        // "2023" alone may end a caption ("Capaian Kinerja Tahun" over "2023"); no report runs to that many pages.
        return last - first < MaxFrameLines
            && Enumerable.Range(first, last - first + 1).Any(i => IsPageNumber(lines[i].Text) && !Year().IsMatch(Markup.Strip(lines[i].Text)));
    }

    /// <summary>Whether the line at <paramref name="index"/> is part of a page break: a page's frame or a blank line around it.</summary>
    public static bool IsPageBreakAt(IReadOnlyList<ReportLine> lines, int index) =>
        lines[index].IsBlank ? IsBlankBesideFrame(lines, index) : IsFrameAt(lines, index);

    /// <summary>Whether the blank line at <paramref name="index"/> is one of those around a page's frame.</summary>
    private static bool IsBlankBesideFrame(IReadOnlyList<ReportLine> lines, int index)
    {
        var above = index;
        while (above >= 0 && lines[above].IsBlank)
        {
            above--;
        }

        var below = index;
        while (below < lines.Count && lines[below].IsBlank)
        {
            below++;
        }

        return IsFrameAt(lines, above) || IsFrameAt(lines, below);
    }

    private static HashSet<string> RunningHeads(IReadOnlyList<ReportLine> lines, IEnumerable<int> candidates) =>
        [.. candidates.GroupBy(i => NameKey.Of(lines[i].Text)).Where(g => g.Key.Length >= MinRunningHeadLength && g.Count() >= MinRunningHeadPrints).Select(g => g.Key)];

    [GeneratedRegex(@"^\s*(?:[-–]\s*)?(?:halaman\s+)?[ivxlc\d]{1,4}(?:\s*[-–])?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    // The page word after a separator, or after the report's title: "dapat dilihat pada halaman 31" is a sentence.
    [GeneratedRegex(@"^(.{3,100}?\s[|\-–]|(?=.*\b(laporan kinerja|lkj\s*-?\s*ip|lakip)\b).{3,100}?)\s*(halaman|hal\.|page)\s*\d{1,4}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedHead();

    [GeneratedRegex(@"^\s*(19|20)\d\d\s*$")]
    private static partial Regex Year();
}
