using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Domain.Rules;

/// <summary>
/// An ordinal scale that names a capaian ("Sangat Tinggi", "Baik", ...). Scales are data: each
/// tenant may print its own; <see cref="Permendagri86Of2017"/> applies when none is given.
/// </summary>
/// <remarks>
/// Printed scales use whole percents with gaps ("76-90", "91-100") and open ends ("&gt;100",
/// "&lt;55", "&lt;=50"); capaian have decimals. So a scale is read as continuous thresholds:
/// <list type="bullet">
/// <item>a band starts at its printed minimum and runs up to the next band's minimum, so a value
/// in a printed gap stays in the lower band (90,5 is Tinggi, 50,5 is Sangat Rendah): a band is
/// earned by reaching its minimum;</item>
/// <item>where two bands share a bound, it belongs to the two-sided band: Jember's "&gt;100"
/// (min 100, no max) does not include 100, which is in "76-100"; "&lt;55" (no min, max 55) does
/// not include 55, which is in "55-75"; between two two-sided bands the upper one takes it;</item>
/// <item>the top band also takes everything above its printed maximum (capaian are not capped),
/// while a value below a bottom band's printed minimum has no category.</item>
/// </list>
/// </remarks>
public sealed partial class CapaianScale
{
    // Highest band first.
    private readonly IReadOnlyList<CapaianBand> _bands;

    private CapaianScale(IReadOnlyList<CapaianBand> bands) => _bands = bands;

    /// <summary>The bands from the highest to the lowest.</summary>
    public IReadOnlyList<CapaianBand> Bands => _bands;

    /// <summary>Builds a scale from bands in any order; throws <see cref="ArgumentException"/> when they overlap or are malformed.</summary>
    public static CapaianScale FromBands(IEnumerable<(string Label, decimal? Min, decimal? Max)> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        var list = bands.Select(b => new CapaianBand(b.Label, b.Min, b.Max)).ToList();
        var error = Validate(list);
        return error is null
            ? new CapaianScale([.. list.OrderByDescending(b => b.Min ?? decimal.MinValue)])
            : throw new ArgumentException(error, nameof(bands));
    }

    /// <summary>Builds a tenant's scale from its imported bands.</summary>
    public static CapaianScale FromBands(IEnumerable<CapaianScaleBand> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        return FromBands(bands.Select(b => (b.Label, b.Min, b.Max)));
    }

    /// <summary>The label of the band <paramref name="capaian"/> falls in; null below a closed bottom band.</summary>
    public string? Classify(decimal capaian)
    {
        for (var i = 0; i < _bands.Count - 1; i++)
        {
            var band = _bands[i];
            var below = _bands[i + 1];
            var threshold = band.Min!.Value;
            var sharedBoundGoesBelow = band.Max is null && below.Min is not null && below.Max == threshold;
            if (capaian > threshold || (capaian == threshold && !sharedBoundGoesBelow))
            {
                return band.Label;
            }
        }

        var bottom = _bands[^1];
        return bottom.Min is null || capaian >= bottom.Min ? bottom.Label : null;
    }
}
