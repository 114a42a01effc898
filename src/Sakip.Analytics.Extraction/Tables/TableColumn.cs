namespace Sakip.Analytics.Extraction.Tables;

/// <summary>
/// One column of a table: its header words from the top header row down (a merged group header
/// repeated over the columns it spans), the role they give it and the year they name, if any.
/// </summary>
internal sealed record TableColumn(int Index, IReadOnlyList<string> Labels, ColumnRole Role, int? Year)
{
    public string Label => string.Join(" | ", Labels.Where(l => l.Length > 0));

    /// <summary>The header words above the bottom one, e.g. "REALISASI NASIONAL" or "KEUANGAN 2022".</summary>
    public string Group => string.Join(' ', Labels.Take(Math.Max(0, Labels.Count - 1)));
}
