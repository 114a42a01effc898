using Sakip.Analytics.Application.Dashboards.Measures;

namespace Sakip.Analytics.Application.Dashboards.Parameters;

/// <summary>Parsed, validated parameter values by name.</summary>
public sealed class ParameterValues
{
    private readonly Dictionary<string, object?> values = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, object?> All => values;

    public void Set(string name, object? value) => values[name] = value;

    public bool Has(string name) => values.TryGetValue(name, out var value) && value is not null;

    public int Year(string name) => Get<int>(name);

    public int? OptionalYear(string name) => values.TryGetValue(name, out var value) ? value as int? : null;

    public string Text(string name) => Get<string>(name);

    public string? OptionalText(string name) => values.TryGetValue(name, out var value) ? value as string : null;

    public IReadOnlyList<string> List(string name) =>
        values.TryGetValue(name, out var value) && value is IReadOnlyList<string> list ? list : [];

    public MeasureDefinition Measure(string name) => Get<MeasureDefinition>(name);

    public IReadOnlyList<MeasureDefinition> Measures(string name) =>
        values.TryGetValue(name, out var value) && value is IReadOnlyList<MeasureDefinition> list ? list : [];

    private T Get<T>(string name) => values.TryGetValue(name, out var value) && value is T typed
        ? typed
        : throw new InvalidOperationException($"Parameter '{name}' was not bound to a {typeof(T).Name}.");
}
