namespace Sakip.Analytics.Domain.Rules;

public sealed partial class CapaianScale
{
    /// <summary>Why the bands cannot form a scale, or null when they can.</summary>
    public static string? Validate(IReadOnlyList<CapaianBand> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        if (bands.Count == 0)
        {
            return "a capaian scale needs at least one band";
        }

        if (bands.FirstOrDefault(b => string.IsNullOrWhiteSpace(b.Label)) is not null)
        {
            return "every band needs a label";
        }

        if (bands.FirstOrDefault(b => b.Min > b.Max) is { } inverted)
        {
            return $"band '{inverted.Label}' has its minimum {inverted.Min} above its maximum {inverted.Max}";
        }

        if (bands.Count(b => b.Min is null) > 1 || bands.Count(b => b.Max is null) > 1)
        {
            return "only the lowest band may lack a minimum and only the highest a maximum";
        }

        var ordered = bands.OrderByDescending(b => b.Min ?? decimal.MinValue).ToList();
        for (var i = 0; i < ordered.Count - 1; i++)
        {
            var upper = ordered[i];
            var lower = ordered[i + 1];
            if (upper.Min == lower.Min)
            {
                return $"bands '{upper.Label}' and '{lower.Label}' start at the same value";
            }

            if (lower.Max is null || lower.Max > upper.Min)
            {
                return $"bands '{lower.Label}' and '{upper.Label}' overlap";
            }
        }

        return null;
    }
}
