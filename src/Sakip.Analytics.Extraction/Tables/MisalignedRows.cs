using Sakip.Analytics.Extraction.Documents;

namespace Sakip.Analytics.Extraction.Tables;

/// <summary>
/// A row of figures the converter printed a cell or two short or wide of the other rows: it left out the empty cells every
/// other row keeps ("2. | Persentase ... | 100 | 93,16" among "1. | Indeks ... | | 87 | 86,98"), or put in empty cells no
/// other row has. The row is printed as wide as the others, when one way only puts each of its figures and words under
/// figures and words of the other rows.
/// </summary>
internal static class MisalignedRows
{
    private const int MostOff = 2;

    private const int MinFullRows = 2;

    public static List<ReportLine> Align(IReadOnlyList<ReportLine> rows, IReadOnlyList<ReportLine> headers)
    {
        // The header's width where rows of figures print it, else the width most of them print; and the rows that print it.
        // One such row is enough where the header is as wide.
        var headerWidth = headers.Select(h => h.Cells.Count).DefaultIfEmpty(0).Max();
        var withFigures = rows.Where(HasFigures).ToList();
        var width = withFigures.GroupBy(r => r.Cells.Count).OrderByDescending(g => g.Key == headerWidth).ThenByDescending(g => g.Count())
            .ThenByDescending(g => g.Key).Select(g => g.Key).FirstOrDefault();
        var full = withFigures.Where(r => r.Cells.Count == width).ToList();
        if (full.Count < (width == headerWidth ? 1 : MinFullRows) || full.Count * 2 < withFigures.Count)
        {
            return [.. rows];
        }

        var kinds = Enumerable.Range(0, width).Select(c => KindOf(full, c)).ToArray();
        return [.. rows.Select(row => HasFigures(row) && Math.Abs(row.Cells.Count - width) is >= 1 and <= MostOff ? Realigned(row, width, kinds) ?? row : row)];
    }

    private static ReportLine? Realigned(ReportLine row, int width, CellKind[] kinds)
    {
        var fitting = Candidates(row.Cells.ToList(), width).Where(cells => Fits(cells, kinds)).DistinctBy(cells => string.Join('\t', cells)).ToList();
        return fitting.Count == 1 ? row with { Cells = fitting[0] } : null;
    }

    /// <summary>The row with empty cells put in or taken out, every way, until it is as wide as the others.</summary>
    private static IEnumerable<List<string>> Candidates(List<string> cells, int width)
    {
        if (cells.Count == width)
        {
            yield return cells;
            yield break;
        }

        for (var i = 1; i <= cells.Count; i++)
        {
            if (cells.Count < width)
            {
                foreach (var more in Candidates([.. cells[..i], string.Empty, .. cells[i..]], width))
                {
                    yield return more;
                }
            }
            else if (i < cells.Count && cells[i].Trim().Length == 0)
            {
                foreach (var fewer in Candidates([.. cells[..i], .. cells[(i + 1)..]], width))
                {
                    yield return fewer;
                }
            }
        }
    }

    private static bool Fits(List<string> cells, CellKind[] kinds) =>
        Enumerable.Range(0, cells.Count).All(c => cells[c].Trim().Length == 0 || kinds[c] != CellKind.Empty && kinds[c] == Kind(cells[c]));

    private static CellKind KindOf(List<ReportLine> rows, int column)
    {
        var kinds = rows.Select(r => Kind(r.Cells[column])).Where(k => k != CellKind.Empty).ToList();
        return kinds.Count == 0 ? CellKind.Empty : kinds.Count(k => k == CellKind.Figure) * 2 >= kinds.Count ? CellKind.Figure : CellKind.Words;
    }

    private static CellKind Kind(string cell) =>
        cell.Trim().Length == 0 ? CellKind.Empty : RowShapes.IsDataNumber(cell) ? CellKind.Figure : CellKind.Words;

    private static bool HasFigures(ReportLine row) => row.Cells.Count(RowShapes.IsDataNumber) >= 2;

    private enum CellKind { Empty, Figure, Words }
}
