using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Extraction.Model;

/// <summary>What the report is: the pemda, the reporting unit and its other spellings, the year, the Renstra period.</summary>
public sealed record ReportProfile(
    string File,
    string? Tenant,
    TenantKind? TenantKind,
    string? Province,
    string Unit,
    UnitKind UnitKind,
    IReadOnlyList<string> UnitNameVariants,
    int ReportYear,
    string? RenstraPeriod,
    string? HeadOfUnit)
{
    /// <summary>The year of the Renstra's baseline ("kondisi awal"): the year before its first.</summary>
    public int? RenstraBaseline => RenstraPeriod is { Length: 9 } period && int.TryParse(period[..4], out var start) ? start - 1 : null;

    public int? RenstraEnd => RenstraPeriod is { Length: 9 } period && int.TryParse(period[5..], out var end) ? end : null;

    /// <summary>Lines where each variant spelling of the unit name was printed (for the name_variant note).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> VariantLines { get; init; } = new Dictionary<string, IReadOnlyList<int>>();

    /// <summary>The line where the chapter on performance results begins ("BAB III AKUNTABILITAS KINERJA"), if found.</summary>
    public int? ResultsChapterLine { get; init; }

    /// <summary>How the report computes capaian of lower-is-better indicators, when it prints the formula.</summary>
    public LowerIsBetterMethod? LowerIsBetterMethod { get; init; }

    /// <summary>Whether the report states that a capaian above 100% is counted as 100% ("capaian maksimal 100%").</summary>
    public bool CapaianCappedAt100 { get; init; }
}
