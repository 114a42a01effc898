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
}
