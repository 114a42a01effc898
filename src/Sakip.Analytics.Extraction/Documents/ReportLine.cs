using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Documents;

/// <summary>
/// One line of a report as the extractor sees it: its 1-based number, the raw text, and the cells
/// when the line is a table row (tab-separated text, a pipe row, a DOCX table row or a sheet row).
/// </summary>
public sealed record ReportLine(int Number, string Text, IReadOnlyList<string> Cells)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <summary>A table row has at least two cells.</summary>
    public bool IsRow => Cells.Count >= 2;

    /// <summary>The printed lines a paragraph wrapped over several lines was joined from; null for a line as printed.</summary>
    public IReadOnlyList<ReportLine>? Parts { get; init; }

    /// <summary>The number of the line that prints <paramref name="printed"/>: in a joined paragraph, the first of its lines that does.</summary>
    public int LineOf(string printed)
    {
        var figure = $@"(?<![\d.,]){Regex.Escape(printed)}(?!\d)";
        return Parts?.FirstOrDefault(p => Regex.IsMatch(p.Text, figure))?.Number ?? Number;
    }
}
