using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

/// <summary>
/// "2 | Persentase usulan musrenbang | kelurahan yang terakomodir | % | 60 | 45 | 75" under a six-column header: the
/// converter split a long name over two cells, pushing every figure one column right. Where a row is longer than the
/// header its fellow rows keep to, the text cells right after its name are joined back into the name.
/// </summary>
internal static class SplitNameCells
{
    public static IReadOnlyList<ReportLine> Join(IReadOnlyList<ReportLine> headers, IReadOnlyList<ReportLine> rows)
    {
        if (headers.Count == 0 || rows.Count < 2)
        {
            return rows;
        }

        var width = headers.Max(h => h.Cells.Count);
        if (rows.Count(r => r.Cells.Count <= width) * 2 < rows.Count)
        {
            return rows;
        }

        return [.. rows.Select(r => r.Cells.Count > width ? Joined(r, r.Cells.Count - width) : r)];
    }

    private static ReportLine Joined(ReportLine row, int extra)
    {
        for (var i = 0; i + extra < row.Cells.Count; i++)
        {
            if (!IsWords(row.Cells[i]) || !Enumerable.Range(i + 1, extra).All(k => IsWords(row.Cells[k])))
            {
                continue;
            }

            var name = string.Join(' ', row.Cells.Skip(i).Take(extra + 1).Select(c => c.Trim()));
            return row with { Cells = [.. row.Cells.Take(i), name, .. row.Cells.Skip(i + extra + 1)] };
        }

        return row;
    }

    // A piece of a name: words, not a figure, a unit or a numbering.
    private static bool IsWords(string cell) =>
        Markup.Strip(cell).Trim() is { Length: > MaxUnitLength } text && !RowShapes.IsDataNumber(text) && text.Any(char.IsLetter);

    // "Dokumen", "Persen", "Indeks": a satuan cell is short; a piece of a wrapped name is longer.
    private const int MaxUnitLength = 8;
}
