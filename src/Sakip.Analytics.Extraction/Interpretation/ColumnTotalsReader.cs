using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Keeps the JUMLAH row of a table no other reader takes (villages and their areas, households, fires per kecamatan)
/// with the rows above it, column by column, so the audit can add them up. Columns of percentages, means and indices
/// are not sums; a table with a subtotal inside, or a row of text where a figure should be, is left alone.
/// </summary>
internal static partial class ColumnTotalsReader
{
    private const int MinParts = 2;

    public static void Read(TextTable table, ReadingContext context)
    {
        var rows = table.DataRows.Where(r => !IsColumnNumbering(table, r)).ToList();
        RowTotals(table, rows, context);
        var totalIndex = rows.FindIndex(IsTotalRow);
        if (totalIndex < MinParts || rows.Skip(totalIndex + 1).Any(r => HasFigure(table, r)) || rows.Take(totalIndex).Any(r => IsTotalRow(r) || IsSubtotal(r)))
        {
            return;
        }

        var total = rows[totalIndex];
        var parts = rows.Take(totalIndex).Where(r => HasFigure(table, r)).ToList();
        if (parts.Count < MinParts)
        {
            return;
        }

        for (var column = 0; column < table.Columns.Count; column++)
        {
            if (NotASum().IsMatch(NameKey.Of(table.Columns[column].Label.Replace("%", " persen ", StringComparison.Ordinal)))
                || !table.TryValue(total, column, out var printed) || printed.Number is not { } amount || printed.IsPercent
                || Parts(table, parts, column) is not { } figures || figures.Max(f => f.Value) > amount)
            {
                // A total below one of its rows is a mean or a share, whatever the header says (or does not).
                continue;
            }

            context.ColumnTotals.Add(new ExtractedColumnTotal(table.Columns[column].Label, amount, printed.Printed,
                context.Source(table.Caption, total.Number, 0.8), figures)
            {
                Thing = ThingCounted(table, table.Columns[column].Label),
                Year = TableContext.YearOf(table) ?? context.Year,
            });
        }
    }

    /// <summary>Every part row's figure in the column, or null when one holds text or a percentage.</summary>
    private static List<ColumnPart>? Parts(TextTable table, List<Documents.ReportLine> parts, int column)
    {
        var figures = new List<ColumnPart>();
        foreach (var row in parts)
        {
            var cell = Markup.Strip(table.Cell(row, column)).Trim();
            if (cell.Length == 0 || Nothing().IsMatch(cell))
            {
                figures.Add(new ColumnPart(row.Number, 0));
            }
            else if (table.TryValue(row, column, out var value) && value.Number is { } number && !value.IsPercent)
            {
                figures.Add(new ColumnPart(row.Number, number));
            }
            else
            {
                return null;
            }
        }

        return figures.Count(f => f.Value != 0) >= MinParts ? figures : null;
    }

    internal static bool IsTotalRow(Documents.ReportLine row) =>
        row.Cells.Select(c => NameKey.Of(Markup.Strip(c))).FirstOrDefault(c => c.Length > 0) is { } first && IndicatorTableReader.TotalWord().IsMatch(first);

    private static bool IsSubtotal(Documents.ReportLine row) =>
        row.Cells.Any(c => Subtotal().IsMatch(NameKey.Of(Markup.Strip(c))));

    private static bool HasFigure(TextTable table, Documents.ReportLine row) =>
        Enumerable.Range(1, Math.Max(0, row.Cells.Count - 1)).Any(i => table.TryValue(row, i, out var value) && value.HasNumber);

    /// <summary>"1 | 2 | 3 | 4 | 5" under the header: the columns' numbers, not a row.</summary>
    private static bool IsColumnNumbering(TextTable table, Documents.ReportLine row)
    {
        var cells = row.Cells.Select(c => Markup.Strip(c).Trim()).ToList();
        return cells.Count >= 3 && Enumerable.Range(0, cells.Count).All(i => cells[i] == (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    // Means, shares and scores do not add up.
    [GeneratedRegex(@"\b(persen|persentase|prosentase|rata rata|rerata|capaian|indeks|nilai|ikm|rasio|kepadatan|no|nomor)\b")]
    private static partial Regex NotASum();

    [GeneratedRegex(@"^[-–—]\s*[A-Za-z]{0,6}$")]
    private static partial Regex Nothing();

    [GeneratedRegex(@"^(sub ?total|sub jumlah|jumlah sub|subtotal)\b")]
    private static partial Regex Subtotal();
}
