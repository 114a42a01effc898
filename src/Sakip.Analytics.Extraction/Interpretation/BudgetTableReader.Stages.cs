using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class BudgetTableReader
{
    /// <summary>
    /// "APBD Murni (Rp) | APBD Perubahan (Rp)" with no realisasi beside them: two plans of the same
    /// rows, each read as a line of its own stage. With a realisasi column the revised pagu is the one
    /// it is spent against (see <see cref="Preferred"/>), and the table is read once.
    /// </summary>
    private static IReadOnlyList<(BudgetStage Stage, TableColumn Pagu)>? StagePlans(TextTable table)
    {
        if (table.Has(ColumnRole.BudgetRealisasi))
        {
            return null;
        }

        var pagu = table.ColumnsWith(ColumnRole.Pagu).ToList();
        // "APBD (Rp) | APBD-P (Rp)": of two plans, the one not called revised is the first.
        var original = pagu.FirstOrDefault(c => Original().IsMatch(NameKey.Of(c.Label)))
            ?? (pagu.Count == 2 && pagu.Count(c => Revised().IsMatch(NameKey.Of(c.Label))) == 1 ? pagu.First(c => !Revised().IsMatch(NameKey.Of(c.Label))) : null);
        var revised = pagu.FirstOrDefault(c => c != original && Revised().IsMatch(NameKey.Of(c.Label)));
        return original is null || revised is null ? null : [(BudgetStage.Murni, original), (BudgetStage.Perubahan, revised)];
    }

    // "Murni", "Induk", "Sebelum Perubahan", "Awal": the budget as first adopted.
    [GeneratedRegex(@"\b(murni|induk|sebelum perubahan|awal)\b")]
    private static partial Regex Original();
}
