using Sakip.Analytics.Domain.Rules;

namespace Sakip.Analytics.Application.Dashboards.Rules;

/// <summary>
/// The predikat and mutu bands the trend charts shade. They are read off the domain rules
/// themselves (by scanning 0-100 in steps of 0,01) so that the shading can never drift from
/// <see cref="AkipScoring.Predikat"/> or <see cref="IkmCalculator.Mutu"/>.
/// </summary>
public static class GradeBands
{
    private const decimal Step = 0.01m;

    public static IReadOnlyList<ValueBand> Predikat { get; } = Scan(v => AkipScoring.Predikat(v));

    public static IReadOnlyList<ValueBand> Mutu { get; } = Scan(v => IkmCalculator.Mutu(v) is { } m ? $"{m.Grade} ({m.Description})" : null);

    /// <summary>A capaian scale's bands: each from its printed minimum up to the next band's minimum.</summary>
    public static IReadOnlyList<ValueBand> Capaian(CapaianScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        var bands = scale.Bands;
        return [.. bands.Select((band, i) => new ValueBand(band.Label, band.Min, i == 0 ? null : bands[i - 1].Min))];
    }

    private static List<ValueBand> Scan(Func<decimal, string?> classify)
    {
        var bands = new List<ValueBand>();
        string? current = null;
        decimal start = 0;
        for (var value = 0m; value <= 100m; value += Step)
        {
            var label = classify(value);
            if (label == current)
            {
                continue;
            }

            if (current is not null)
            {
                bands.Add(new ValueBand(current, start, value));
            }

            current = label;
            start = value;
        }

        if (current is not null)
        {
            bands.Add(new ValueBand(current, start, 100m));
        }

        bands.Reverse();
        return bands;
    }
}
