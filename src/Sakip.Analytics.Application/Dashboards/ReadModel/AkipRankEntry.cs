namespace Sakip.Analytics.Application.Dashboards.ReadModel;

/// <summary>
/// A unit's place in one year's AKIP ranking by printed total: ties share a rank (1, 1, 3), and
/// units are ranked only against units scored under the same regulation.
/// </summary>
public sealed record AkipRankEntry(
    string Unit,
    string Name,
    string Kind,
    string Regulation,
    int RankAll,
    int CountAll,
    int RankInKind,
    int CountInKind);
