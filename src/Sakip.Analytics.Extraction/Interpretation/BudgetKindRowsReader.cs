using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Reads a budget printed across: one column per line (a belanja group, a program, the JUMLAH) and one row per amount
/// ("Anggaran", "Realisasi", "Persentase"). Each column is a budget line on the line of its pagu row; the JUMLAH column
/// is checked against the others.
/// </summary>
internal static partial class BudgetKindRowsReader
{
    private enum Amount
    {
        Pagu,
        Realisasi,
        Percent,
    }

    public static bool CanRead(TextTable table) =>
        AmountRows(table) is var rows && rows.ContainsKey(Amount.Pagu) && rows.ContainsKey(Amount.Realisasi) && LineColumns(table, rows).Count > 0;

    public static void Read(TextTable table, ReadingContext context)
    {
        var rows = AmountRows(table);
        var paguRow = rows[Amount.Pagu];
        foreach (var column in LineColumns(table, rows))
        {
            // A year over the column ("Uraian | 2022 | 2023"): the whole budget of that year.
            var name = column.Role == ColumnRole.YearValue ? WholeBudget : Names.Clean(string.Join(' ', column.Labels.Where(l => l.Length > 0)));
            decimal? Value(Amount amount) => rows.TryGetValue(amount, out var row) && table.TryValue(row, column.Index, out var value) ? value.Number : null;
            context.Budget.Add(new ExtractedBudgetLine(
                context.Profile.Unit,
                column.Year ?? context.Year,
                BudgetLevels.FromWords(name) ?? BudgetLevel.Program,
                BudgetStage.RealisasiReport,
                null,
                name,
                Value(Amount.Pagu),
                Value(Amount.Realisasi),
                Value(Amount.Percent),
                context.Source(table.Caption, paguRow.Number, TableContext.Confidence(table) - 0.05))
            {
                GroupKey = $"{table.FirstLine}:across",
            });
        }
    }

    private const string WholeBudget = "Jumlah";

    /// <summary>The rows that name an amount in their first text cell: "Anggaran"/"Pagu", "Realisasi", "Persentase"/"%".</summary>
    private static Dictionary<Amount, ReportLine> AmountRows(TextTable table)
    {
        var rows = new Dictionary<Amount, ReportLine>();
        foreach (var row in table.DataRows)
        {
            var label = NameKey.Of(row.Cells.Select(Markup.Strip).FirstOrDefault(c => c.Length > 1 && !RowShapes.IsDataNumber(c) && Names.EnumeratorOf(c) is null));
            Amount? amount = PaguLabel().IsMatch(label) ? Amount.Pagu : RealisasiLabel().IsMatch(label) ? Amount.Realisasi : PercentLabel().IsMatch(label) ? Amount.Percent : null;
            if (amount is { } found)
            {
                rows.TryAdd(found, row);
            }
        }

        return rows;
    }

    /// <summary>The columns holding money in both the pagu and the realisasi rows.</summary>
    private static List<TableColumn> LineColumns(TextTable table, Dictionary<Amount, ReportLine> rows) =>
        rows.TryGetValue(Amount.Pagu, out var pagu) && rows.TryGetValue(Amount.Realisasi, out var realisasi)
            ? [.. table.Columns.Where(c => c.Labels.Any(l => l.Length > 0) && IsMoney(table, pagu, c) && IsMoney(table, realisasi, c))]
            : [];

    private static bool IsMoney(TextTable table, ReportLine row, TableColumn column) => BudgetTableReader.IsMoney(table.Cell(row, column.Index));

    [GeneratedRegex(@"^(anggaran|pagu|alokasi|target anggaran|dpa)\b")]
    private static partial Regex PaguLabel();

    [GeneratedRegex(@"^realisasi\b")]
    private static partial Regex RealisasiLabel();

    [GeneratedRegex(@"^(persentase|prosentase|persen|capaian|penyerapan|serapan)\b|^%$")]
    private static partial Regex PercentLabel();
}
