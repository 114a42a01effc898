using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

/// <summary>
/// Cells the converter split that the header keeps whole, pushing every figure of the row to the right. In a row longer
/// than its header a percent sign in a cell of its own after a figure ("95 | % | 97 | %") goes back to its figure; in a
/// row longer than the header its fellow rows keep to, the text cells right after a name ("Persentase usulan musrenbang
/// | kelurahan yang terakomodir") are joined back into the name.
/// </summary>
internal static class SplitCells
{
    public static IReadOnlyList<ReportLine> Join(IReadOnlyList<ReportLine> headers, IReadOnlyList<ReportLine> rows)
    {
        if (headers.Count == 0 || rows.Count < 2)
        {
            return rows;
        }

        var width = headers.Max(h => h.Cells.Count);
        List<ReportLine> fitted = [.. rows.Select(r => r.Cells.Count > width ? WithPercentSigns(r) : r)];

        // A name is joined back only in a row longer than most: a header shorter than all its rows is another matter.
        return fitted.Count(r => r.Cells.Count <= width) * 2 < fitted.Count
            ? fitted
            : [.. fitted.Select(r => r.Cells.Count > width ? Joined(r, r.Cells.Count - width) : r)];
    }

    private static ReportLine WithPercentSigns(ReportLine row)
    {
        var cells = new List<string>();
        foreach (var cell in row.Cells)
        {
            if (Markup.Strip(cell).Trim() == "%" && cells.Count > 0 && RowShapes.IsDataNumber(cells[^1]))
            {
                cells[^1] = cells[^1].TrimEnd() + " %";
            }
            else
            {
                cells.Add(cell);
            }
        }

        return cells.Count < row.Cells.Count ? row with { Cells = cells } : row;
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
