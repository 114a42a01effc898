using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class BudgetTableReader
{
    /// <summary>
    /// "Jumlah halaman ini", "Jumlah dipindahkan", "Pindahan dari halaman sebelumnya": a table split over pages
    /// carries its running sum to the next page. Such a row repeats the rows above it and is no budget line.
    /// </summary>
    private static bool IsCarryOver(BudgetRow row) =>
        row.Code is null && CarryOver().IsMatch(NameKey.WithoutEnumerator(row.RawName ?? row.Name));

    [GeneratedRegex(@"^(sub\s+)?(jumlah|total|sub total|subtotal)?\s*(yang\s+)?(di)?pindah(kan|an)\b|^(sub\s+)?(jumlah|total|subtotal)\s+((s\s*d|sampai\s+dengan|sd)\s+)?halaman\b|^pindahan\b")]
    private static partial Regex CarryOver();
}
