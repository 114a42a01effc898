using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Tables;

internal static partial class ColumnClassifier
{
    /// <summary>
    /// The Renja evaluation form: each group "Target Kinerja dan Anggaran Renja Tahun Berjalan" split into "K" (the
    /// indicator's figure) and "Rp" (its money). Renja groups give the year's target, realization and capaian, and the
    /// pagu, realisasi and penyerapan; Renstra groups give only the end target and the capaian against it, their
    /// cumulative money and realizations being no figure of one year. A plan's money beside its targets is no figure either.
    /// Null for any other column.
    /// </summary>
    private static ColumnRole? RenjaEvaluation(List<string> parts)
    {
        if (parts.Count < 2 || parts[^1] is not ("k" or "rp"))
        {
            return null;
        }

        var group = string.Join(' ', parts[..^1]);
        if (!NamesFigureAndMoney(group))
        {
            // "Target Kinerja dan Kerangka Pendanaan: 2023 | Target | Rp": a plan's money for a year, no budget line of the report.
            return parts[^1] == "rp" && PlannedMoney().IsMatch(group) ? ColumnRole.Ignore : null;
        }

        var money = parts[^1] == "rp";
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

    [GeneratedRegex(@"\b(target|rencana|pendanaan|indikatif)\b")]
    private static partial Regex PlannedMoney();

    [GeneratedRegex(@"\bkinerja dan (realisasi )?anggaran\b")]
    private static partial Regex KinerjaAndMoney();
}
