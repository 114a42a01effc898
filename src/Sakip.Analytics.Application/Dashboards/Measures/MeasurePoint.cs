using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Application.Dashboards.Measures;

/// <summary>
/// One unit's figure for one measure and year. <see cref="Value"/> is what the measure compares
/// (the realization for AKIP, IKM and penyerapan; the capaian for IKU and indicator measures);
/// target, capaian and printed capaian accompany it where they exist, each with its source.
/// </summary>
public sealed record MeasurePoint(string Unit, int Year, decimal Value, Provenance? ValueSource, string Origin)
{
    public decimal? Realization { get; init; }

    /// <summary>Where the realization was printed; the same as <see cref="ValueSource"/> unless the value is a computed capaian.</summary>
    public Provenance? RealizationSource { get; init; }

    public decimal? Target { get; init; }

    public string? TargetKind { get; init; }

    public Provenance? TargetSource { get; init; }

    /// <summary>Realization against target, computed with the tenant's rules.</summary>
    public decimal? Capaian { get; init; }

    public decimal? ReportedCapaian { get; init; }

    public Provenance? ReportedCapaianSource { get; init; }

    /// <summary>The grade (predikat, mutu) as printed next to the value.</summary>
    public string? Grade { get; init; }

    /// <summary>The grade the rules give the value; differs from <see cref="Grade"/> only when the report erred.</summary>
    public string? GradeComputed { get; init; }

    /// <summary>The capaian category on the tenant's scale.</summary>
    public string? Category { get; init; }

    public string? Regulation { get; init; }

    /// <summary>An AKIP component's score as a percentage of its weight.</summary>
    public decimal? PercentOfWeight { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];
}
