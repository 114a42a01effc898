using Sakip.Analytics.Extraction.Interpretation;
using Sakip.Analytics.Extraction.Output;

namespace Sakip.Analytics.Extraction.Scoring;

/// <summary>
/// Compares an extraction with a hand-made gold file. A fact matches a gold fact only when it was
/// read from the same line and every figure that identifies it agrees exactly (see the README,
/// "Extraction and audit"); each gold fact can be matched once. Nothing is matched by name.
/// </summary>
public static partial class ExtractionScorer
{
    public static ScoreReport Score(GoldFile extracted, GoldFile gold)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        ArgumentNullException.ThrowIfNull(gold);
        var misses = new List<string>();
        var sections = new List<SectionScore>
        {
            Match("indicators", Values(gold), Values(extracted), IndicatorMatches, v => $"indicator line {v.Line} {v.Year} {v.Kind} {v.Value} '{v.Text}'", misses),
            Match("budget", gold.Budget, extracted.Budget, BudgetMatches, b => $"budget line {b.Line} '{b.Name}' pagu {b.Pagu} realisasi {b.Realisasi}", misses),
            Match("akip", gold.Akip, extracted.Akip, AkipMatches, a => $"akip line {a.Line} {a.Unit} {a.Year} {a.Kind} total {a.Total}", misses),
            Match("ikm", gold.Ikm, extracted.Ikm, IkmMatches, i => $"ikm line {i.Line} {i.Year} ikm {i.Ikm}", misses),
        };
        var findings = Findings(gold.Inconsistencies, extracted.Inconsistencies, misses);
        return new ScoreReport(gold.Document.File ?? extracted.Document.File ?? "?", sections, findings, misses);
    }

    private static List<GoldValue> Values(GoldFile file) => [.. file.Indicators.SelectMany(i => i.Values)];

    /// <summary>Pairs each gold fact with the first unused extracted fact that matches it.</summary>
    private static SectionScore Match<T>(string section, IReadOnlyList<T> gold, IReadOnlyList<T> extracted, Func<T, T, bool> matches, Func<T, string> describe, List<string> misses)
    {
        var used = new bool[extracted.Count];
        var matched = 0;
        foreach (var expected in gold)
        {
            var index = -1;
            for (var i = 0; i < extracted.Count; i++)
            {
                if (!used[i] && matches(expected, extracted[i]))
                {
                    index = i;
                    break;
                }
            }

            if (index < 0)
            {
                misses.Add($"missed {describe(expected)}");
                continue;
            }

            used[index] = true;
            matched++;
        }

        for (var i = 0; i < extracted.Count; i++)
        {
            if (!used[i])
            {
                misses.Add($"extra  {describe(extracted[i])}");
            }
        }

        return new SectionScore(section, gold.Count, extracted.Count, matched);
    }

    private static bool IndicatorMatches(GoldValue gold, GoldValue extracted) =>
        gold.Line == extracted.Line && gold.Year == extracted.Year && gold.Kind == extracted.Kind
        && (gold.Value is null ? extracted.Value is null && Same(gold.Grade, extracted.Grade) : gold.Value == extracted.Value);

    private static bool BudgetMatches(GoldBudgetLine gold, GoldBudgetLine extracted) =>
        gold.Line == extracted.Line && gold.Pagu == extracted.Pagu && gold.Realisasi == extracted.Realisasi;

    private static bool AkipMatches(GoldAkip gold, GoldAkip extracted) =>
        gold.Line == extracted.Line && gold.Year == extracted.Year && gold.Kind == extracted.Kind && gold.Total == extracted.Total
        && SameComponents(gold.Components ?? new(), extracted.Components ?? new());

    /// <summary>A gold file may write "components": null for an evaluation printed without them: the same as all five absent.</summary>
    private static bool SameComponents(GoldAkipComponents gold, GoldAkipComponents extracted) =>
        gold.Perencanaan == extracted.Perencanaan && gold.Pengukuran == extracted.Pengukuran && gold.Pelaporan == extracted.Pelaporan
        && gold.EvaluasiInternal == extracted.EvaluasiInternal && gold.Capaian == extracted.Capaian;

    private static bool IkmMatches(GoldIkm gold, GoldIkm extracted) =>
        gold.Line == extracted.Line && gold.Year == extracted.Year && gold.Ikm == extracted.Ikm
        && gold.Elements.All(g => extracted.Elements.Any(e => IkmElements.Of(e.Name) == IkmElements.Of(g.Name) && e.Nrr == g.Nrr
            && (g.NrrWeighted is null || e.NrrWeighted == g.NrrWeighted)));

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
