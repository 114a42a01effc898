using Sakip.Analytics.Extraction.Documents;

namespace Sakip.Analytics.Extraction.Tables;

/// <summary>
/// Rows of figures the converter printed a cell wider than their header, two thirds of them or more, with a cell empty in
/// all of those that no header cell stands over ("1 | | Indeks Kepuasan Masyarakat | Indeks | 82 | 84,15" under "No |
/// Indikator Kinerja | Satuan | Target | Realisasi"): the first column empty in all of them is no column of the table. Rows
/// whose extra cell is an empty last one are left as they are; that cell stands under no header and moves no figure. One such
/// row is enough where a row numbering the columns counts as many as the header.
/// </summary>
internal static class ShiftedRows
{
    private const int MinRows = 2;

    public static List<ReportLine> Align(IReadOnlyList<ReportLine> rows, IReadOnlyList<ReportLine> headers)
    {
        // A row numbering the columns is printed as the rows are, the gap included.
        var headerWidth = headers.Where(h => !RowShapes.IsNumberingRow(h)).Select(h => h.Cells.Count).DefaultIfEmpty(0).Max();
        var wider = headerWidth + 1;
        var withFigures = rows.Where(r => r.Cells.Any(RowShapes.IsDataNumber)).ToList();
        var shifted = withFigures.Where(r => r.Cells.Count == wider).ToList();
        var fewest = IsCountedByNumbering(headers, rows, headerWidth) ? 1 : MinRows;
        if (headerWidth == 0 || shifted.Count < fewest || shifted.Count * 3 < withFigures.Count * 2 || withFigures.Exists(r => r.Cells.Count > wider)
            || EmptyInEvery(shifted, headerWidth))
        {
            return [.. rows];
        }

        // The gap is taken out of every row that has it: a name's rest wrapped onto a row of its own is shifted too.
        var column = Enumerable.Range(0, headerWidth).Where(c => EmptyInEvery(shifted, c)).DefaultIfEmpty(-1).First();
        return column < 0
            ? [.. rows]
            : [.. rows.Select(r => EmptyInEvery([r], column) && column < r.Cells.Count - 1 ? r with { Cells = [.. r.Cells.Where((_, c) => c != column)] } : r)];
    }

    /// <summary>A row numbering the columns "(1) .. (17)" as many as the header has: one shifted row is enough to tell.</summary>
    private static bool IsCountedByNumbering(IReadOnlyList<ReportLine> headers, IReadOnlyList<ReportLine> rows, int headerWidth) =>
        headers.Concat(rows).Any(r => RowShapes.IsNumberingRow(r) && r.Cells.Count(c => !string.IsNullOrWhiteSpace(c)) == headerWidth);

    private static bool EmptyInEvery(IReadOnlyList<ReportLine> rows, int column) =>
        rows.All(r => column >= r.Cells.Count || string.IsNullOrWhiteSpace(r.Cells[column]));
}
