using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class BudgetTableReader
{
    /// <summary>
    /// "Realisasi Penerimaan PBB per Kelurahan", "Target dan Realisasi Retribusi": revenue a unit collects, in Rupiah
    /// against a target, is no budget it spends. A table of the whole APBD ("Anggaran Pendapatan dan Belanja") is still read.
    /// </summary>
    internal static bool IsRevenue(TextTable table)
    {
        var about = NameKey.Of($"{table.Context} {table.LeadIn}");
        return Revenue().IsMatch(about) && !Spending().IsMatch(about) && !table.Has(ColumnRole.Pagu);
    }

    [GeneratedRegex(@"\b(pbb|pbb p2|pajak|retribusi|penerimaan|pendapatan|pad|bphtb)\b")]
    private static partial Regex Revenue();

    [GeneratedRegex(@"\b(anggaran|pagu|belanja|apbd|dpa|dppa)\b")]
    private static partial Regex Spending();
}
