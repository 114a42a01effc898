using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>
    /// A mean capaian the prose states against the mean of the capaian in the measurement table: of the sasaran it
    /// numbers or names, or of all the IKU (either the mean of the indicators or the mean of the sasaran means).
    /// </summary>
    private static void ClaimedAverages(ExtractionResult facts, List<AuditFinding> findings)
    {
        var sasaran = MeasurementTable(facts, v => v.Goal is not null).GroupBy(v => NameKey.Of(v.Goal)).Select(g => g.ToList()).ToList();
        foreach (var claim in facts.Claims.OfType<AverageClaim>().DistinctBy(c => (c.Source.Line, c.Value)))
        {
            var parts = claim.OfSasaran ? ClaimedSasaran(claim, sasaran) : [.. sasaran.SelectMany(s => s)];
            if (parts is not { Count: > 1 })
            {
                continue;
            }

            var mean = parts.Average(p => p.Value!.Value);
            var tolerance = HalfUnit(claim.Value) + parts.Max(p => HalfUnit(p.Value!.Value));
            var means = claim.OfSasaran ? [mean] : new[] { mean, sasaran.Average(s => s.Average(p => p.Value!.Value)) };
            if (means.Any(m => PrintedRounding.MatchesPrinted(m, claim.Value) || Math.Abs(m - claim.Value) <= tolerance))
            {
                continue;
            }

            var what = claim.OfSasaran ? $"Rata-rata capaian sasaran '{parts[0].Goal}'" : "Rata-rata capaian IKU";
            findings.Add(new AuditFinding(FindingKind.CapaianMiscomputed,
                $"{what} ({claim.Source}) dilaporkan {claim.Text}%, dihitung {IdNumber.Percent(mean)} " +
                $"(rata-rata {parts.Count} capaian indikator di {parts[0].Source.Table}: {string.Join(", ", parts.Select(p => p.Text))}).",
                new FindingValue("dilaporkan", claim.Value, claim.Text, claim.Source),
                new FindingValue("dihitung", PrintedRounding.RoundAsPrinted(mean), IdNumber.Percent(mean), parts[0].Source))
            {
                Lines = [claim.Source.Line, .. parts.Select(p => p.Source.Line)],
                Subject = claim.OfSasaran ? parts[0].Goal : "IKU",
            });
        }
    }

    /// <summary>The sasaran a claim numbers, else the one whose name the sentence contains, else the only one.</summary>
    private static List<ExtractedIndicatorValue>? ClaimedSasaran(AverageClaim claim, List<List<ExtractedIndicatorValue>> sasaran)
    {
        if (claim.SasaranNumber is { } number)
        {
            return number >= 1 && number <= sasaran.Count ? sasaran[number - 1] : null;
        }

        var sentence = " " + NameKey.Of(claim.Sentence) + " ";
        var named = sasaran.Where(s => sentence.Contains(" " + NameKey.Of(s[0].Goal) + " ", StringComparison.Ordinal)).ToList();
        return named.Count == 1 ? named[0] : sasaran.Count == 1 ? sasaran[0] : null;
    }
}
