using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>"sebanyak 4 (empat) kegiatan yaitu :" followed by five items.</summary>
    private static void ClaimedCounts(ExtractionResult facts, List<AuditFinding> findings)
    {
        foreach (var claim in facts.Claims.OfType<CountClaim>().Where(c => c.Count != c.ListedLines.Count))
        {
            var where = Where(facts, SourceRef.Prose, claim.ListedLines[^1]);
            findings.Add(new AuditFinding(FindingKind.TableVsText,
                $"Teks ({claim.Source}) menyebut {claim.Count} {claim.Noun}, tetapi daftar di bawahnya memuat {claim.ListedLines.Count} (baris {string.Join(", ", claim.ListedLines)}).",
                new FindingValue("dilaporkan", claim.Count, claim.Sentence, claim.Source),
                new FindingValue("terdaftar", claim.ListedLines.Count, $"{claim.ListedLines.Count} {claim.Noun}", where))
            {
                Lines = [claim.Source.Line, .. claim.ListedLines],
                Subject = claim.Noun,
                About = claim.Noun is "kegiatan" or "program" or "sub" ? Dataset.Budget : Dataset.Indicators,
            });
        }
    }
}
