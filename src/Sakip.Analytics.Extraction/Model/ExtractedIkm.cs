using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Extraction.Model;

/// <summary>One IKM survey result as printed: element NRRs, weighted total, IKM, mutu, respondents.</summary>
public sealed record ExtractedIkm(
    string Unit,
    int Year,
    int? Respondents,
    IReadOnlyList<IkmElementScore> Elements,
    decimal? NrrWeightedTotal,
    decimal? Ikm,
    string? Mutu,
    SourceRef Source)
{
    public string? SurveyPeriod { get; init; }

    public int? NrrWeightedTotalLine { get; init; }

    public int? MutuLine { get; init; }

    public int? RespondentsLine { get; init; }

    /// <summary>The scores of the periods the year was surveyed in, when printed ("Triwulan I ... IV" above the year's mean).</summary>
    public IReadOnlyList<IkmPeriodScore> PeriodScores { get; init; } = [];

    /// <summary>Further IKM figures of the same survey, e.g. the unrounded 80,503906 below a table.</summary>
    public IReadOnlyList<(decimal Value, string Text, int Line)> OtherIkmValues { get; init; } = [];
}

/// <summary>One service element's score; <see cref="Element"/> is null when the name is not one of the nine.</summary>
public sealed record IkmElementScore(IkmElement? Element, string Name, decimal? Nrr, decimal? NrrWeighted, int Line)
{
    /// <summary>The line of the weighted NRR when a survey printed across prints it on its own row.</summary>
    public int? WeightedLine { get; init; }
}

/// <summary>One period's IKM in a year surveyed period by period ("Triwulan I | 100 | 82,50"), with its respondents when printed.</summary>
public sealed record IkmPeriodScore(string Period, decimal Ikm, int? Respondents, int Line);
