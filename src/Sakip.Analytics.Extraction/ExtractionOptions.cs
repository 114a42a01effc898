using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Extraction;

/// <summary>
/// What the caller knows before reading: the tenant's units (names and aliases, to resolve the
/// report's spellings), and fallbacks for what a report may not print.
/// </summary>
public sealed record ExtractionOptions
{
    public IReadOnlyList<KnownUnit> KnownUnits { get; init; } = [];

    /// <summary>The tenant name when the report does not print it, e.g. "Kabupaten Jember".</summary>
    public string? Tenant { get; init; }

    public string? Province { get; init; }

    /// <summary>Used when the report does not state its year.</summary>
    public int? ReportYear { get; init; }

    /// <summary>How the tenant computes capaian of lower-is-better indicators, unless the report prints its formula.</summary>
    public LowerIsBetterMethod LowerIsBetterMethod { get; init; } = LowerIsBetterMethod.TargetOverRealization;

    public static ExtractionOptions Default { get; } = new();
}
