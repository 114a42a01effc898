using Sakip.Analytics.Extraction.Identity;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>The unit's name spelled differently from its canonical form (not just in capitals), e.g. "Sumpalsari" for Sumbersari.</summary>
    private static void UnitNameVariants(ExtractionResult facts, List<AuditFinding> findings)
    {
        var canonical = Squash(UnitNames.Core(facts.Document.Unit));
        var misspelled = facts.Document.VariantLines
            .Where(p => Squash(CoreOf(p.Key)) != canonical || !SameSpacing(CoreOf(p.Key), UnitNames.Core(facts.Document.Unit)))
            .GroupBy(p => NameKey.Of(CoreOf(p.Key)))
            .Select(g => (Spelling: CoreOf(g.First().Key), Lines: g.SelectMany(p => p.Value).Order().ToList()))
            .ToList();
        if (misspelled.Count == 0)
        {
            return;
        }

        var first = misspelled.OrderBy(m => m.Lines[0]).First();
        var where = Where(facts, SourceRef.Prose, first.Lines[0]);
        findings.Add(new AuditFinding(FindingKind.NameVariant,
            $"Nama unit '{facts.Document.Unit}' juga ditulis {string.Join(", ", misspelled.Select(m => $"'{m.Spelling}' ({m.Lines.Count}x, mis. baris {m.Lines[0]})"))}.",
            new FindingValue("tertulis", null, first.Spelling, where),
            new FindingValue("kanonik", null, facts.Document.Unit, where))
        {
            Lines = [.. misspelled.SelectMany(m => m.Lines.Take(3)).Distinct().Order()],
            Subject = facts.Document.Unit,
        });
    }

    private static string CoreOf(string printed)
    {
        var words = printed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var skip = words.TakeWhile(w => w.ToUpperInvariant() is "KECAMATAN" or "KANTOR" or "CAMAT" or "KEC." or "OPD").Count();
        return string.Join(' ', words.Skip(skip));
    }

    private static string Squash(string text) => NameKey.Of(text).Replace(" ", string.Empty, StringComparison.Ordinal);

    private static bool SameSpacing(string a, string b) => NameKey.Of(a) == NameKey.Of(b);
}
