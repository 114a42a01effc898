using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;

namespace Sakip.Analytics.Extraction.Model;

/// <summary>
/// An AKIP evaluation (or its target) as printed: component scores, total and predikat. The source
/// line is the total's line; each component keeps its own line.
/// </summary>
public sealed record ExtractedAkip(
    string Unit,
    int Year,
    AkipValueKind Kind,
    AkipRegulation Regulation,
    IReadOnlyDictionary<AkipComponent, decimal> Components,
    decimal? Total,
    string? Predikat,
    string? Evaluator,
    SourceRef Source)
{
    public IReadOnlyDictionary<AkipComponent, int> ComponentLines { get; init; } = new Dictionary<AkipComponent, int>();

    /// <summary>Printed percentages of each component against its target (Tabel 3.8 style), when printed.</summary>
    public IReadOnlyDictionary<AkipComponent, decimal> ComponentReportedPercent { get; init; } = new Dictionary<AkipComponent, decimal>();

    public int? PredikatLine { get; init; }

    /// <summary>The sub-components printed under a component ("a. Pemenuhan", "b. Kualitas", "c. Pemanfaatan"), each score with its line.</summary>
    public IReadOnlyDictionary<AkipComponent, IReadOnlyList<AkipSubScore>> SubComponents { get; init; } = new Dictionary<AkipComponent, IReadOnlyList<AkipSubScore>>();

    /// <summary>The total as printed ("70,15", "BB (70,15)").</summary>
    public string? TotalText { get; init; }

    /// <summary>The printed percentage of the total against its target, when the table prints one.</summary>
    public decimal? TotalReportedPercent { get; init; }

    public string? TotalReportedPercentText { get; init; }

    /// <summary>The line of that percentage when a row of its own prints it ("Capaian (%)" under the realization row); else the total's line.</summary>
    public int? TotalReportedPercentLine { get; init; }
}

/// <summary>A sub-component's score as printed under its component ("a | Pemenuhan Perencanaan Kinerja | 6 | 5,00"), with its line.</summary>
public sealed record AkipSubScore(decimal Score, string Text, int Line);
