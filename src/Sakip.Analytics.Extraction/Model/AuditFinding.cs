using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Extraction.Model;

/// <summary>
/// One place where a report contradicts itself: what was printed, what it should be (recomputed,
/// or printed elsewhere), both with their locations, and one sentence in Bahasa Indonesia
/// ("dilaporkan 996,22%, dihitung 100,74%").
/// </summary>
public sealed record AuditFinding(FindingKind Kind, string Description, FindingValue Reported, FindingValue Expected)
{
    /// <summary>Every line the finding rests on (both locations and the figures a recomputation used).</summary>
    public IReadOnlyList<int> Lines { get; init; } = [];

    /// <summary>What the finding is about, e.g. the indicator or budget line name.</summary>
    public string? Subject { get; init; }

    /// <summary>The dataset the finding is about when neither location holds a figure of it (a count of kegiatan the prose gives).</summary>
    public Dataset? About { get; init; }

    /// <summary>Whether the finding is about the report's general data (a table of villages), noted with whatever the report loaded.</summary>
    public bool OnWholeReport { get; init; }
}

/// <summary>One side of a finding: a label ("dilaporkan", "dihitung", "Tabel 3.2"), the value and where it is.</summary>
public sealed record FindingValue(string Label, decimal? Value, string Text, SourceRef Location);
