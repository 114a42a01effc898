namespace Sakip.Analytics.Domain.Rules;

public static partial class AkipScoring
{
    /// <summary>The predikat from best to worst, for ordering.</summary>
    public static IReadOnlyList<string> PredikatOrder { get; } = ["AA", "A", "BB", "B", "CC", "C", "D"];

    /// <summary>
    /// AA &gt;90-100, A &gt;80-90, BB &gt;70-80, B &gt;60-70, CC &gt;50-60, C &gt;30-50, D 0-30: each lower
    /// bound is exclusive, as written (70 is B, 70,01 is BB). Null for a total outside 0-100,
    /// which <see cref="Validate"/> reports.
    /// </summary>
    public static string? Predikat(decimal total) => total switch
    {
        < 0 or > 100 => null,
        > 90 => "AA",
        > 80 => "A",
        > 70 => "BB",
        > 60 => "B",
        > 50 => "CC",
        > 30 => "C",
        _ => "D",
    };
}
