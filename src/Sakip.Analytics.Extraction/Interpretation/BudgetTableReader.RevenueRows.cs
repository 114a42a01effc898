using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class BudgetTableReader
{
    /// <summary>
    /// "Pendapatan Retribusi Daerah | 100.000.000 | 110.000.000" under "Anggaran | Realisasi": revenue the unit collects is
    /// printed like its belanja but is no budget it spends. Revenue rows (and their JUMLAH) are dropped; a table holding
    /// nothing else is no budget table, one that also lists belanja keeps its belanja rows. Under "Sumber Dana" the
    /// rows are where the money spent came from ("Pendapatan Asli Daerah (PAD)", "Dana Alokasi Umum"): all kept.
    /// </summary>
    private static void DropRevenueRows(TextTable table, List<BudgetRow> rows)
    {
        if (table.Columns.Any(c => FundSource().IsMatch(NameKey.Of(c.Label))))
        {
            return;
        }

        var revenue = rows.Where(IsRevenueRow).ToList();
        if (revenue.Count == 0)
        {
            return;
        }

        var spending = rows.Exists(r => !IsRevenueRow(r) && r.Name.Length > 0 && BudgetLevels.FromWords(r.RawName ?? r.Name) is not Domain.Facts.BudgetLevel.Total);
        rows.RemoveAll(r => IsRevenueRow(r) || !spending);
    }

    private static bool IsRevenueRow(BudgetRow row) => RevenueRow().IsMatch(NameKey.WithoutEnumerator(row.RawName ?? row.Name));

    [GeneratedRegex(@"^sumber (dana|pendanaan|anggaran)\b")]
    private static partial Regex FundSource();

    [GeneratedRegex(@"^((jumlah|total|sub total|subtotal)\s+)?(pendapatan|retribusi|lain lain pendapatan|lain lain pad|surplus|defisit|penerimaan pembiayaan|pengeluaran pembiayaan|pembiayaan netto)\b")]
    private static partial Regex RevenueRow();
}
