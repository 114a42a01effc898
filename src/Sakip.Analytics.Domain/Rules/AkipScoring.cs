using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Domain.Rules;

/// <summary>AKIP scores: component weights per regulation, totals and predikat.</summary>
public static partial class AkipScoring
{
    private static readonly IReadOnlyDictionary<AkipComponent, decimal> Weights88Of2021 = new Dictionary<AkipComponent, decimal>
    {
        [AkipComponent.Perencanaan] = 30m,
        [AkipComponent.Pengukuran] = 30m,
        [AkipComponent.Pelaporan] = 15m,
        [AkipComponent.EvaluasiInternal] = 25m,
    };

    private static readonly IReadOnlyDictionary<AkipComponent, decimal> Weights12Of2015 = new Dictionary<AkipComponent, decimal>
    {
        [AkipComponent.Perencanaan] = 30m,
        [AkipComponent.Pengukuran] = 25m,
        [AkipComponent.Pelaporan] = 15m,
        [AkipComponent.EvaluasiInternal] = 10m,
        [AkipComponent.Capaian] = 20m,
    };

    /// <summary>The components a regulation scores and their maximum points; they add up to 100.</summary>
    public static IReadOnlyDictionary<AkipComponent, decimal> Weights(AkipRegulation regulation) => regulation switch
    {
        AkipRegulation.PermenPanRb88Of2021 => Weights88Of2021,
        AkipRegulation.PermenPanRb12Of2015 => Weights12Of2015,
        _ => throw new ArgumentOutOfRangeException(nameof(regulation), regulation, "Unknown AKIP regulation."),
    };

    /// <summary>Null when the regulation does not score that component (Capaian under 88/2021).</summary>
    public static decimal? Weight(AkipRegulation regulation, AkipComponent component) =>
        Weights(regulation).TryGetValue(component, out var weight) ? weight : null;

    /// <summary>The total is the plain sum of the component scores (the weights are already in them).</summary>
    public static decimal Total(IEnumerable<decimal> componentScores)
    {
        ArgumentNullException.ThrowIfNull(componentScores);
        return componentScores.Sum();
    }

    /// <summary>A component's score as a percentage of its weight, e.g. Pengukuran 20,64 of 30 is 68,8%.</summary>
    public static decimal? PercentOfWeight(AkipRegulation regulation, AkipComponent component, decimal score) =>
        Weight(regulation, component) is { } weight ? score * 100 / weight : null;
}
