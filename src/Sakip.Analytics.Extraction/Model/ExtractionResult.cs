namespace Sakip.Analytics.Extraction.Model;

/// <summary>
/// Everything read from one report: the profile, every figure with its provenance, the scales the
/// report prints, and the audit findings. The facts are as printed: nothing is corrected.
/// </summary>
public sealed record ExtractionResult(
    ReportProfile Document,
    IReadOnlyList<ExtractedIndicatorValue> Indicators,
    IReadOnlyList<ExtractedBudgetLine> Budget,
    IReadOnlyList<ExtractedAkip> Akip,
    IReadOnlyList<ExtractedIkm> Ikm,
    IReadOnlyDictionary<ScaleKind, IReadOnlyList<ScaleBand>> Scales,
    IReadOnlyList<AuditFinding> Findings)
{
    /// <summary>Categories the prose gives each sasaran, checked against the report's capaian scale.</summary>
    public IReadOnlyList<CategoryClaim> CategoryClaims { get; init; } = [];

    /// <summary>What the prose states about the tables (targets reached, trends, absorption, shares, counts), checked by the audit.</summary>
    public IReadOnlyList<ProseClaim> Claims { get; init; } = [];

    /// <summary>Printed means of capaian: each sasaran's and that of all the IKU.</summary>
    public IReadOnlyList<ExtractedAverageCapaian> AverageCapaian { get; init; } = [];

    /// <summary>JUMLAH rows of the report's other tables (general data), each with the rows it adds up.</summary>
    public IReadOnlyList<ExtractedColumnTotal> ColumnTotals { get; init; } = [];

    /// <summary>Percentages printed in general tables with the two figures of their row they are the share of.</summary>
    public IReadOnlyList<ExtractedColumnShare> ColumnShares { get; init; } = [];

    public IReadOnlyList<ScaleBand> ScaleOf(ScaleKind kind) => Scales.TryGetValue(kind, out var bands) ? bands : [];
}
