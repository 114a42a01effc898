using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Domain.Rules;

/// <summary>Capaian (achievement, in percent) of an indicator against its target.</summary>
public static class CapaianCalculator
{
    /// <summary>
    /// Capaian in percent, unrounded and uncapped (reports print values above 100, e.g. 112,25%).
    /// Null when the formula is undefined: a zero target, or a zero realization under
    /// <see cref="LowerIsBetterMethod.TargetOverRealization"/>.
    /// </summary>
    public static decimal? Compute(Polarity polarity, decimal target, decimal realization, LowerIsBetterMethod method)
    {
        if (target == 0)
        {
            return null;
        }

        return polarity switch
        {
            Polarity.HigherIsBetter => realization * 100 / target,
            Polarity.LowerIsBetter => method switch
            {
                LowerIsBetterMethod.TwoTargetMinusRealization => Math.Max(0m, ((2 * target) - realization) * 100 / target),
                LowerIsBetterMethod.TargetOverRealization => realization == 0 ? null : target * 100 / realization,
                _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown lower-is-better method."),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(polarity), polarity, "Unknown polarity."),
        };
    }

    /// <summary>A display option only: stored and compared capaian stay uncapped.</summary>
    public static decimal Capped(decimal capaian, decimal cap) => Math.Min(capaian, cap);

    /// <summary>A sasaran's capaian: the mean of its indicators' capaian; null when it has none.</summary>
    public static decimal? MeanCapaian(IEnumerable<decimal> indicatorCapaian)
    {
        ArgumentNullException.ThrowIfNull(indicatorCapaian);
        var values = indicatorCapaian.ToList();
        return values.Count == 0 ? null : values.Sum() / values.Count;
    }
}
