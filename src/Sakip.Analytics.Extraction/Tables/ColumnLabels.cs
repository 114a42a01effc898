using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

/// <summary>
/// Builds each column's header words from stacked header rows. A group header printed once over
/// several columns ("REALISASI" over "Th. 2018" and "Th. 2019") is repeated over every column it
/// spans: an empty cell takes the group to its left when the columns below it carry sub-headers.
/// </summary>
internal static class ColumnLabels
{
    public static List<string>[] Build(IReadOnlyList<ReportLine> headerRows, int width)
    {
        var rows = headerRows.Where(r => !RowShapes.IsNumberingRow(r))
            .Select(r => Enumerable.Range(0, width).Select(i => i < r.Cells.Count ? Markup.Strip(r.Cells[i]) : string.Empty).ToArray())
            .ToList();
        RepeatedSubHeaders.Realign(rows, width);
        JoinWrappedWords(rows);
        var labels = Enumerable.Range(0, width).Select(_ => new List<string>()).ToArray();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var spanned = (string[])row.Clone();
            for (var c = 1; c < width; c++)
            {
                if (spanned[c].Length == 0 && spanned[c - 1].Length > 0 && HasLabelBelow(rows, r, c) && HasLabelBelow(rows, r, c - 1))
                {
                    spanned[c] = spanned[c - 1];
                }
            }

            for (var c = 0; c < width; c++)
            {
                labels[c].Add(spanned[c]);
            }
        }

        return labels;
    }

    /// <summary>
    /// "SASARAN | INDIKATOR | TARGET" over "STRATEGIS | SASARAN | AKHIR RENSTRA": a header row whose every word sits under words of
    /// the row above, none under a group's empty span, carries on those words; each column's label is read whole.
    /// </summary>
    private static void JoinWrappedWords(List<string[]> rows)
    {
        for (var r = rows.Count - 1; r > 0; r--)
        {
            var (above, row) = (rows[r - 1], rows[r]);
            if (!Array.Exists(row, c => c.Length > 0) || !Enumerable.Range(0, row.Length).All(c => row[c].Length == 0 || above[c].Length > 0))
            {
                continue;
            }

            rows[r - 1] = [.. above.Select((words, c) => row[c].Length == 0 ? words : $"{words} {row[c]}")];
            rows.RemoveAt(r);
        }
    }

    private static bool HasLabelBelow(List<string[]> rows, int row, int column) =>
        rows.Skip(row + 1).Any(r => r[column].Length > 0);
}
