using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Tables;

internal static partial class ColumnClassifier
{
    /// <summary>
    /// A group of columns that sets a figure beside its money. In the Renja evaluation form each group ("Target Kinerja
    /// dan Anggaran Renja Tahun Berjalan") splits into K, the indicator's figure, and Rp, its money: Renja groups give the
    /// year's target, realization and capaian, and the pagu, realisasi and penyerapan; Renstra groups give only the end
    /// target and the capaian against it, their cumulative money and realizations being no figure of one year. In a plan's
    /// funding table ("Target Kinerja dan Kerangka Pendanaan": "2023 | Target | Rp") the figure is the year's target and the
    /// money no budget line of the report. Null for any other column.
    /// </summary>
    private static ColumnRole? FigureBesideMoney(List<string> parts)
    {
        if (parts.Count < 2)
        {
            return null;
        }

        var group = string.Join(' ', parts[..^1]);
        var money = MoneyBeside().IsMatch(parts[^1]);
        var figure = parts[^1] is "k" or "kinerja";
        if (!money && !figure)
        {
            return null;
        }

        if (!NamesFigureAndMoney(group))
        {
            return !PlannedMoney().IsMatch(group) ? null : money ? ColumnRole.Ignore : ColumnRole.Target;
        }

        var renstra = Has(group, "renstra");
        if (group.StartsWith("target", StringComparison.Ordinal))
        {
            return money ? (renstra ? ColumnRole.Ignore : ColumnRole.Pagu) : renstra ? ColumnRole.RenstraTarget : ColumnRole.Target;
        }

        if (group.StartsWith("realisasi", StringComparison.Ordinal))
        {
            return renstra ? ColumnRole.Ignore : money ? ColumnRole.BudgetRealisasi : ColumnRole.Realization;
        }

        if (Has(group, "capaian"))
        {
            return money ? (renstra ? ColumnRole.Ignore : ColumnRole.BudgetPercent) : renstra ? ColumnRole.CapaianRenstra : ColumnRole.Capaian;
        }

        return ColumnRole.Ignore;
    }

    /// <summary>"Target Kinerja dan Anggaran", "Tingkat Capaian Kinerja dan Realisasi Anggaran": a figure and its money under one head.</summary>
    public static bool NamesFigureAndMoney(string key) => KinerjaAndMoney().IsMatch(key);

    [GeneratedRegex(@"^(rp|pagu|anggaran|dana|pendanaan|biaya)\b")]
    private static partial Regex MoneyBeside();

    [GeneratedRegex(@"\b(target|rencana|pendanaan|indikatif)\b")]
    private static partial Regex PlannedMoney();

    [GeneratedRegex(@"\bkinerja dan (realisasi )?anggaran\b")]
    private static partial Regex KinerjaAndMoney();
}
