using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    private const int ClaimTableDistance = 20;

    /// <summary>"penyerapan ... semuanya di atas 95%" against each line of the budget table just above the sentence (its programs when it has any).</summary>
    private static void ClaimedAbsorption(ExtractionResult facts, List<AuditFinding> findings)
    {
        foreach (var claim in facts.Claims.OfType<AbsorptionClaim>())
        {
            var table = facts.Budget.Where(b => !b.Source.IsProse && !b.IsIndividual && b.Source.Line < claim.Source.Line && claim.Source.Line - b.Source.Line <= ClaimTableDistance)
                .GroupBy(b => b.Source.Table).OrderByDescending(t => t.Max(b => b.Source.Line)).FirstOrDefault()?.ToList();
            if (table is null)
            {
                continue;
            }

            var lines = table.Any(b => b.Level == BudgetLevel.Program) ? table.Where(b => b.Level == BudgetLevel.Program) : table.Where(b => b.Level != BudgetLevel.Total && b.ParentLine is null);
            var below = lines.Select(b => (Line: b, Percent: b.ReportedPercent ?? (b.Pagu > 0 && b.Realisasi is not null ? b.Realisasi * 100m / b.Pagu : null)))
                .Where(p => p.Percent < claim.Threshold).ToList();
            if (below.Count == 0)
            {
                continue;
            }

            var first = below[0];
            findings.Add(new AuditFinding(FindingKind.TableVsText,
                $"Teks ({claim.Source}) menyatakan penyerapan semuanya di atas {IdNumber.Printed(claim.Threshold)}%, tetapi {below.Count} baris {first.Line.Source.Table} di bawahnya, " +
                $"mis. '{first.Line.Name}' {IdNumber.Percent(first.Percent!.Value)} ({first.Line.Source}).",
                new FindingValue("dilaporkan", claim.Threshold, claim.Sentence, claim.Source),
                new FindingValue(first.Line.Source.Table, PrintedRounding.RoundAsPrinted(first.Percent.Value), IdNumber.Percent(first.Percent.Value), first.Line.Source))
            {
                Lines = [claim.Source.Line, .. below.Select(b => b.Line.Source.Line)],
                Subject = first.Line.Name,
                About = Dataset.Budget,
            });
        }
    }

    /// <summary>
    /// A stated share against the budget: named parts ("Belanja Operasi sebesar 82% dan Belanja Modal
    /// sebesar 18%") against their amounts and the sum of the parts; an amount stated as a share of a
    /// named whole ("... 75% dari keseluruhan belanja langsung") against the totals and lines of that
    /// name, taking the one that agrees with the most other sentences naming the same whole.
    /// </summary>
    private static void ClaimedShares(ExtractionResult facts, List<AuditFinding> findings)
    {
        var budget = facts.Budget.Where(b => !b.IsIndividual && b.Pagu > 0 && b.Year == facts.Document.ReportYear && b.Unit == facts.Document.Unit).ToList();
        var claims = facts.Claims.OfType<ShareClaim>().ToList();
        foreach (var claim in claims)
        {
            var finding = claim.Whole is null ? NamedShares(claim, budget) : ShareOfWhole(claim, claims, budget);
            if (finding is not null)
            {
                findings.Add(finding);
            }
        }
    }

    private static AuditFinding? NamedShares(ShareClaim claim, List<ExtractedBudgetLine> budget)
    {
        var parts = claim.Parts.Select(p => (Part: p, Line: NamedLine(p.Label!, claim.Source.Line, budget))).ToList();
        var percents = claim.Parts.Sum(p => p.Percent);
        if (parts.Any(p => p.Line is null) || percents < 98m || percents > 102m)
        {
            return null;
        }

        var whole = parts.Sum(p => p.Line!.Pagu!.Value);
        var wrong = parts.Select(p => (p.Part, Line: p.Line!, Share: p.Line!.Pagu!.Value * 100m / whole)).FirstOrDefault(p => !PrintedRounding.MatchesPrinted(p.Share, p.Part.Percent));
        if (wrong.Line is null)
        {
            return null;
        }

        return new AuditFinding(FindingKind.TableVsText,
            $"Teks ({claim.Source}) menyatakan {wrong.Part.Label} sebesar {IdNumber.Printed(wrong.Part.Percent)}%, tetapi {IdNumber.Printed(wrong.Line.Pagu!.Value)} ({wrong.Line.Source}) " +
            $"dari jumlah {IdNumber.Printed(whole)} adalah {IdNumber.Percent(wrong.Share)}.",
            new FindingValue("dilaporkan", wrong.Part.Percent, claim.Sentence, claim.Source),
            new FindingValue("dihitung", PrintedRounding.RoundAsPrinted(wrong.Share), IdNumber.Percent(wrong.Share), wrong.Line.Source))
        {
            Lines = [claim.Source.Line, .. parts.Select(p => p.Line!.Source.Line)],
            Subject = wrong.Part.Label,
            About = Dataset.Budget,
        };
    }

    /// <summary>The budget line of that name printed nearest above the sentence (else nearest below), the enclosing line when a row repeats its parent's name.</summary>
    private static ExtractedBudgetLine? NamedLine(string label, int line, List<ExtractedBudgetLine> budget)
    {
        var key = NameKey.Of(label);
        var named = budget.Where(b => NameKey.Of(b.Name) == key).OrderBy(b => Distance(b.Source.Line, line)).ToList();
        var nearest = named.FirstOrDefault();
        return nearest?.ParentLine is { } parent && named.FirstOrDefault(b => b.Source.Line == parent && b.Source.Table == nearest.Source.Table) is { } enclosing ? enclosing : nearest;
    }

    private static AuditFinding? ShareOfWhole(ShareClaim claim, List<ShareClaim> claims, List<ExtractedBudgetLine> budget)
    {
        var part = claim.Parts[0];
        var whole = NameKey.Of(claim.Whole);
        var candidates = budget.Where(b => b.Level == BudgetLevel.Total || NameKey.Of(b.Name).Contains(whole, StringComparison.Ordinal)).ToList();
        if (whole.Length == 0 || candidates.Count == 0 || candidates.Any(c => Agrees(part, c)))
        {
            return null;
        }

        var siblings = claims.Where(c => c != claim && c.Whole is not null && NameKey.Of(c.Whole) == whole).Select(c => c.Parts[0]).ToList();
        var reference = candidates
            .OrderByDescending(c => siblings.Count(s => Agrees(s, c)))
            .ThenByDescending(c => NameKey.Of(c.Name).Contains(whole, StringComparison.Ordinal))
            .ThenBy(c => Distance(c.Source.Line, claim.Source.Line)).First();
        var share = part.Amount!.Value * 100m / reference.Pagu!.Value;
        return new AuditFinding(FindingKind.TableVsText,
            $"Teks ({claim.Source}) menyatakan Rp {IdNumber.Printed(part.Amount.Value)} sebesar {IdNumber.Printed(part.Percent)}% dari {claim.Whole}, tetapi terhadap " +
            $"'{reference.Name}' {IdNumber.Printed(reference.Pagu.Value)} ({reference.Source}) hanya {IdNumber.Percent(share)}.",
            new FindingValue("dilaporkan", part.Percent, claim.Sentence, claim.Source),
            new FindingValue("dihitung", PrintedRounding.RoundAsPrinted(share), IdNumber.Percent(share), reference.Source))
        {
            Lines = [claim.Source.Line, reference.Source.Line],
            Subject = claim.Whole,
            About = Dataset.Budget,
        };
    }

    private static bool Agrees(SharePart part, ExtractedBudgetLine whole) => PrintedRounding.MatchesPrinted(part.Amount!.Value * 100m / whole.Pagu!.Value, part.Percent);
}
