using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>
    /// The weighted NRR against its elements (exact 1/9 or the spreadsheet's 0,111), the IKM
    /// against the weighted NRR x 25, the mutu against the IKM scale.
    /// </summary>
    private static void IkmScores(ExtractionResult facts, List<AuditFinding> findings)
    {
        foreach (var ikm in facts.Ikm)
        {
            var scores = OnTheNrrScale(ikm.Elements.Where(e => e.Element is not null && e.Nrr is not null).ToList());
            decimal? weighted = ikm.NrrWeightedTotal;
            var elementsOverrule = false;
            var elementsRoundingSlack = 0m;
            var fromElements = 0m;
            if (scores.Count == 9)
            {
                var fromParts = ikm.Elements.All(e => e.NrrWeighted is not null);
                var candidates = fromParts
                    ? [ikm.Elements.Sum(e => e.NrrWeighted!.Value)]
                    : new[] { scores.Sum(e => e.Nrr!.Value) / 9, scores.Sum(e => e.Nrr!.Value) * IkmCalculator.SpreadsheetElementWeight };
                var partsSlack = fromParts ? RoundingOfSum(ikm.Elements.Select(e => e.NrrWeighted!.Value)) : 0;
                if (ikm.NrrWeightedTotal is { } printed && !candidates.Any(c => AgreesWithSlack(c, printed, scores.Count) || Math.Abs(c - printed) <= partsSlack + HalfUnit(printed)))
                {
                    var line = ikm.NrrWeightedTotalLine ?? ikm.Source.Line;
                    var where = Where(facts, ikm.Source.Table, line);
                    var partLines = scores.Select(s => fromParts ? s.WeightedLine ?? s.Line : s.Line).Distinct().ToList();
                    findings.Add(new AuditFinding(FindingKind.SumMismatch,
                        $"Jumlah NRR tertimbang IKM {ikm.Year} ({where}) dilaporkan {IdNumber.Printed(printed)}, dihitung {IdNumber.Format(candidates[0], printed.Scale)} dari 9 unsur.",
                        new FindingValue("dilaporkan", printed, IdNumber.Printed(printed), where),
                        new FindingValue("dihitung", candidates[0], IdNumber.Format(candidates[0], printed.Scale), Where(facts, ikm.Source.Table, partLines[0])))
                    {
                        Lines = [line, .. partLines],
                        Subject = "IKM",
                    });

                    // An IKM computed from the misadded total or from the elements is one error, not two; one that is
                    // neither is shown against the elements.
                    elementsOverrule = true;
                    fromElements = candidates[0];
                    elementsRoundingSlack = IkmCalculator.Ikm(partsSlack);
                }

                if (weighted is null)
                {
                    // Summed here from elements rounded as printed: the IKM is held to it only as closely as that rounding allows.
                    weighted = candidates[0];
                    elementsRoundingSlack = IkmCalculator.Ikm(partsSlack);
                }
            }

            if (ikm.Ikm is { } value && weighted is { } w && !PrintedRounding.MatchesPrinted(IkmCalculator.Ikm(w), value)
                && !(ikm.NrrWeightedTotal is { } rounded && Math.Abs(IkmCalculator.Ikm(w) - value) <= IkmCalculator.Ikm(HalfUnit(rounded)) + HalfUnit(value))
                && !((ikm.NrrWeightedTotal is null || elementsOverrule) && scores.Count == 9 && FromElements(scores).Any(c => PrintedRounding.MatchesPrinted(IkmCalculator.Ikm(c), value)))
                && !(elementsOverrule && Math.Abs(IkmCalculator.Ikm(fromElements) - value) <= elementsRoundingSlack + HalfUnit(value))
                && !(ikm.NrrWeightedTotal is null && Math.Abs(IkmCalculator.Ikm(w) - value) <= elementsRoundingSlack + HalfUnit(value)))
            {
                w = elementsOverrule ? fromElements : w;
                var computed = IkmCalculator.Ikm(w);
                findings.Add(new AuditFinding(FindingKind.SumMismatch,
                    $"IKM {ikm.Year} ({ikm.Source}) dilaporkan {IdNumber.Printed(value)}, dihitung {IdNumber.Format(computed, value.Scale)} (NRR tertimbang {(elementsOverrule ? $"{IdNumber.Format(w, 3)} dari 9 unsur" : IdNumber.Printed(w))} x 25).",
                    new FindingValue("dilaporkan", value, IdNumber.Printed(value), ikm.Source),
                    new FindingValue("dihitung", computed, IdNumber.Format(computed, value.Scale), Where(facts, ikm.Source.Table, ikm.NrrWeightedTotalLine ?? ikm.Source.Line)))
                {
                    Lines = [ikm.Source.Line],
                    Subject = "IKM",
                });
            }

            if (ikm.Ikm is { } score && ikm.Mutu is { } mutu && IkmCalculator.Mutu(score) is { } expected && expected.Grade != mutu)
            {
                var band = facts.ScaleOf(ScaleKind.IkmMutu).FirstOrDefault(b => b.Label == expected.Grade);
                var where = Where(facts, ikm.Source.Table, ikm.MutuLine ?? ikm.Source.Line);
                findings.Add(new AuditFinding(FindingKind.CategoryMismatch,
                    $"Mutu pelayanan IKM {ikm.Year} ({where}) dilaporkan {mutu}, tetapi IKM {IdNumber.Printed(score)} bermutu {expected.Grade} ({expected.Description}).",
                    new FindingValue("dilaporkan", null, mutu, where),
                    new FindingValue("skala", score, expected.Grade, band?.Source ?? ikm.Source))
                {
                    Lines = [where.Line, (band?.Source ?? ikm.Source).Line],
                    Subject = "IKM",
                });
            }
        }
    }

    /// <summary>
    /// Elements printed as their own IKM ("Persyaratan | 85,00", the NRR already times 25) are put back on the NRR's scale of 1
    /// to 4, so the IKM is held to them like to NRRs.
    /// </summary>
    private static List<IkmElementScore> OnTheNrrScale(List<IkmElementScore> scores) =>
        scores.Count > 0 && scores.TrueForAll(e => e.Nrr is > 4 and <= 100) ? [.. scores.Select(e => e with { Nrr = e.Nrr / IkmCalculator.ConversionFactor })] : scores;

    // The weighted total computed both ways from the element NRRs: exact ninths and the spreadsheet's 0,111.
    private static decimal[] FromElements(IEnumerable<IkmElementScore> scores)
    {
        var sum = scores.Sum(e => e.Nrr!.Value);
        return [sum / 9, sum * IkmCalculator.SpreadsheetElementWeight];
    }

    // Nine parts printed rounded (0,358) add up to their roundings: the sum may miss the exact total by
    // half a unit in each part's last place. A figure computed from a rounded one carries that rounding too.
    private static decimal RoundingOfSum(IEnumerable<decimal> parts) => parts.Sum(HalfUnit);

    // Figures printed to four or more decimals are spreadsheet output: their own rounding (half a
    // unit in the last place, per element) is not a finding.
    private static bool AgreesWithSlack(decimal computed, decimal printed, int parts) =>
        PrintedRounding.MatchesPrinted(computed, printed)
        || printed.Scale >= 4 && Math.Abs(computed - printed) <= parts * 0.5m * (decimal)Math.Pow(10, -printed.Scale);
}
