namespace Sakip.Analytics.Domain.Rules;

/// <summary>Budget absorption and the efficiency figure the reports print next to capaian.</summary>
public static class BudgetEfficiency
{
    /// <summary>Penyerapan anggaran in percent: realisasi / pagu x 100; null when the pagu is zero.</summary>
    public static decimal? Penyerapan(decimal pagu, decimal realisasi) =>
        pagu == 0 ? null : realisasi * 100 / pagu;

    /// <summary>
    /// Capaian kinerja % minus penyerapan anggaran %, as the reports compute "tingkat efisiensi":
    /// positive when the target was met with proportionally less money. A rough measure, kept
    /// because it is the one printed.
    /// </summary>
    public static decimal Efficiency(decimal capaianPercent, decimal penyerapanPercent) =>
        capaianPercent - penyerapanPercent;
}
