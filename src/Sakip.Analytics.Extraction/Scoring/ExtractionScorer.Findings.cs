using Sakip.Analytics.Extraction.Output;

namespace Sakip.Analytics.Extraction.Scoring;

public static partial class ExtractionScorer
{
    /// <summary>
    /// A gold inconsistency is found by an extracted finding of the same kind whose printed figure
    /// and whose other figure are both on lines the gold inconsistency cites (one line when both
    /// sides are on the same line). Each finding can account for one gold inconsistency only.
    /// </summary>
    private static List<FindingScore> Findings(List<GoldInconsistency> gold, List<GoldInconsistency> extracted, List<string> misses)
    {
        var kinds = gold.Select(g => g.Kind ?? "other").Concat(extracted.Select(e => e.Kind ?? "other")).Distinct().OrderBy(k => k, StringComparer.Ordinal);
        var scores = new List<FindingScore>();
        foreach (var kind in kinds)
        {
            var expected = gold.Where(g => g.Kind == kind).ToList();
            var found = extracted.Where(e => e.Kind == kind).ToList();
            var used = new bool[found.Count];
            var hits = 0;
            foreach (var inconsistency in expected)
            {
                var lines = inconsistency.Lines.ToHashSet();
                var index = found.FindIndex(f => !used[found.IndexOf(f)] && Located(f, lines));
                if (index >= 0)
                {
                    used[index] = true;
                    hits++;
                }
                else
                {
                    misses.Add($"missed {kind} [{string.Join(',', inconsistency.Lines)}] {inconsistency.Description}");
                }
            }

            scores.Add(new FindingScore(kind, expected.Count, hits, found.Count, used.Count(u => u)));
        }

        return scores;
    }

    private static bool Located(GoldInconsistency finding, HashSet<int> goldLines)
    {
        var sides = finding.Locations is { Count: > 0 } locations ? locations.Select(l => l.Line).Distinct().ToList() : finding.Lines.Take(2).ToList();
        return sides.Count > 0 && sides.TrueForAll(goldLines.Contains);
    }
}
