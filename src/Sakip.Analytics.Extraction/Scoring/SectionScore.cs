namespace Sakip.Analytics.Extraction.Scoring;

/// <summary>How many facts of one section matched: precision over the extracted ones, recall over the gold ones.</summary>
public sealed record SectionScore(string Section, int Gold, int Extracted, int Matched)
{
    public double Precision => Extracted == 0 ? (Gold == 0 ? 1 : 0) : (double)Matched / Extracted;

    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    public static SectionScore Sum(string section, IEnumerable<SectionScore> scores)
    {
        var list = scores.ToList();
        return new SectionScore(section, list.Sum(s => s.Gold), list.Sum(s => s.Extracted), list.Sum(s => s.Matched));
    }
}

/// <summary>How many gold inconsistencies of one kind an extracted finding of the same kind located.</summary>
public sealed record FindingScore(string Kind, int Gold, int Found, int Findings, int FindingsMatched)
{
    public double Share => Gold == 0 ? 1 : (double)Found / Gold;

    public static FindingScore Sum(string kind, IEnumerable<FindingScore> scores)
    {
        var list = scores.ToList();
        return new FindingScore(kind, list.Sum(s => s.Gold), list.Sum(s => s.Found), list.Sum(s => s.Findings), list.Sum(s => s.FindingsMatched));
    }
}

/// <summary>An extraction scored against a gold file.</summary>
public sealed record ScoreReport(
    string Document,
    IReadOnlyList<SectionScore> Sections,
    IReadOnlyList<FindingScore> Findings,
    IReadOnlyList<string> Misses)
{
    /// <summary>The five kinds the bar counts: sums, capaian, table vs table, table vs text, categories.</summary>
    public static IReadOnlyList<string> AuditedKinds { get; } = ["sum_mismatch", "capaian_miscomputed", "table_vs_table", "table_vs_text", "category_mismatch"];

    public FindingScore AuditedFindings => FindingScore.Sum("audited kinds", Findings.Where(f => AuditedKinds.Contains(f.Kind)));
}
