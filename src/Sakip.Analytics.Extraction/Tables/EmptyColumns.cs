using Sakip.Analytics.Extraction.Documents;

namespace Sakip.Analytics.Extraction.Tables;

/// <summary>
/// Columns a converter left empty in every row of a table, header and data alike: the gaps it prints between the cells
/// of a merged or widely spaced layout ("No | | Indikator | | Target"). They are no columns of the table, and a figure's
/// column is counted without them.
/// </summary>
internal static class EmptyColumns
{
    /// <summary>The rows without the columns that are empty in them and in the table's other rows.</summary>
    public static List<ReportLine> Drop(IReadOnlyList<ReportLine> rows, IReadOnlyList<ReportLine> otherRows)
    {
        var width = rows.Concat(otherRows).Select(r => r.Cells.Count).DefaultIfEmpty(0).Max();
        var used = Enumerable.Range(0, width)
            .Select(column => rows.Concat(otherRows).Any(r => column < r.Cells.Count && !string.IsNullOrWhiteSpace(r.Cells[column])))
            .ToArray();
        return used.All(u => u)
            ? [.. rows]
            : [.. rows.Select(r => r with { Cells = [.. r.Cells.Where((_, column) => used[column])] })];
    }
}
