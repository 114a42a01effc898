using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Application.Dashboards.Panels;

/// <summary>One row of a panel: values by column key, and for each figure the place it was printed.</summary>
public sealed class PanelRow
{
    private readonly Dictionary<string, object?> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Provenance> sources = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, object?> Values => values;

    public IReadOnlyDictionary<string, Provenance> Sources => sources;

    /// <summary>Marks the row of the unit the view is about (the focal unit of a benchmark).</summary>
    public bool Highlight { get; set; }

    public PanelRow Set(string key, object? value, Provenance? source = null)
    {
        values[key] = value;
        if (source is not null && value is not null)
        {
            sources[key] = source;
        }

        return this;
    }

    public object? this[string key] => values.TryGetValue(key, out var value) ? value : null;

    public decimal? Decimal(string key) => this[key] switch
    {
        decimal d => d,
        int i => i,
        long l => l,
        _ => null,
    };
}
