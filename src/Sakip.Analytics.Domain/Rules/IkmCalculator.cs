using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Domain.Rules;

/// <summary>IKM (Indeks Kepuasan Masyarakat) as PermenPANRB 14/2017 defines it.</summary>
public static partial class IkmCalculator
{
    /// <summary>Converts the weighted NRR (1-4) to the IKM scale (25-100).</summary>
    public const decimal ConversionFactor = 25m;

    /// <summary>
    /// The element weight the common SKM spreadsheet uses instead of the exact 1/9. Reports made
    /// with it print IKM that exact 1/9 does not reproduce (Sei Balai 2023: 80,50 printed, 80,58
    /// with 1/9); pass it to <see cref="WeightedNrr(IReadOnlyDictionary{IkmElement, decimal}, decimal)"/>
    /// to check such figures.
    /// </summary>
    public const decimal SpreadsheetElementWeight = 0.111m;

    /// <summary>Sum of NRR x 1/9 over the nine elements, i.e. their mean, without rounding 1/9.</summary>
    public static decimal WeightedNrr(IReadOnlyDictionary<IkmElement, decimal> elementNrr) =>
        AllNine(elementNrr).Sum() / 9;

    /// <summary>Sum of NRR x <paramref name="elementWeight"/>: reproduces reports that weight each element by a rounded 1/9.</summary>
    public static decimal WeightedNrr(IReadOnlyDictionary<IkmElement, decimal> elementNrr, decimal elementWeight) =>
        AllNine(elementNrr).Sum(nrr => nrr * elementWeight);

    public static decimal Ikm(decimal weightedNrr) => weightedNrr * ConversionFactor;

    public static decimal Ikm(IReadOnlyDictionary<IkmElement, decimal> elementNrr) => Ikm(WeightedNrr(elementNrr));

    private static IEnumerable<decimal> AllNine(IReadOnlyDictionary<IkmElement, decimal> elementNrr)
    {
        ArgumentNullException.ThrowIfNull(elementNrr);
        var missing = Enum.GetValues<IkmElement>().Where(e => !elementNrr.ContainsKey(e)).ToList();
        if (missing.Count > 0)
        {
            // A partial survey would silently shrink the mean: refuse it instead.
            throw new ArgumentException($"IKM needs all nine elements; missing: {string.Join(", ", missing)}.", nameof(elementNrr));
        }

        return Enum.GetValues<IkmElement>().Select(e => elementNrr[e]);
    }
}
