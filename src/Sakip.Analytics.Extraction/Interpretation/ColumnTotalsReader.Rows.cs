using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Prose;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class ColumnTotalsReader
{
    /// <summary>
    /// A last column headed "Jumlah" or "Total" beside columns of counts ("Bangunan | Lahan | Kendaraan | Jumlah"): each row's
    /// total with the figures to its left, kept only when most rows do add up, so a last column that counts something else
    /// is not held to their sums.
    /// </summary>
    private static void RowTotals(TextTable table, List<ReportLine> rows, ReadingContext context)
    {
        var last = table.Columns.Count - 1;
        if (last < MinParts + 1 || !IndicatorTableReader.TotalWord().IsMatch(NameKey.Of(table.Columns[last].Label)))
        {
            return;
        }

        var partColumns = Enumerable.Range(0, last).Where(i => IsCountColumn(table, rows, i)).ToList();
        if (partColumns.Count < MinParts)
        {
            return;
        }

        var totals = new List<ExtractedColumnTotal>();
        foreach (var row in rows)
        {
            if (!table.TryValue(row, last, out var printed) || printed.Number is not { } amount || printed.IsPercent)
            {
                continue;
            }

            var parts = partColumns.Select(i => new ColumnPart(row.Number, table.TryValue(row, i, out var v) && v.Number is { } n ? n : 0, table.Columns[i].Label)).ToList();
            if (parts.Count(p => p.Value != 0) >= 1)
            {
                totals.Add(new ExtractedColumnTotal(RowLabel(table, row, partColumns[0]), amount, printed.Printed, context.Source(table.Caption, row.Number, 0.75), parts) { AcrossRow = true });
            }
        }

        var addingUp = totals.Count(t => t.Parts.Sum(p => p.Value) == t.Printed);
        if (totals.Count >= MinParts && addingUp * 3 >= totals.Count * 2)
        {
            context.ColumnTotals.AddRange(totals);
        }
    }

    /// <summary>A column of counts: no row number, no percentage, mean or score in its header, every cell a plain figure or empty.</summary>
    private static bool IsCountColumn(TextTable table, List<ReportLine> rows, int column)
    {
        var label = NameKey.Of(table.Columns[column].Label.Replace("%", " persen ", StringComparison.Ordinal));
        if (label.Length == 0 || table.Columns[column].Role is ColumnRole.RowNumber or ColumnRole.Code || NotASum().IsMatch(label) || Cues.Year().IsMatch(label))
        {
            return false;
        }

        var figures = 0;
        foreach (var row in rows)
        {
            var cell = Markup.Strip(table.Cell(row, column)).Trim();
            if (cell.Length == 0 || Nothing().IsMatch(cell))
            {
                continue;
            }

            if (!table.TryValue(row, column, out var value) || value.Number is null || value.IsPercent)
            {
                return false;
            }

            figures++;
        }

        return figures > 0;
    }

    private static string RowLabel(TextTable table, ReportLine row, int firstPart) =>
        Enumerable.Range(0, firstPart).Select(i => Names.Clean(table.Cell(row, i))).LastOrDefault(c => c.Length > 0 && !RowShapes.IsDataNumber(c)) ?? $"baris {row.Number}";
}
