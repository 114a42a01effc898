namespace Sakip.Analytics.Application.Dashboards.Definitions;

/// <summary>A dashboard parameter: a URL query-string key, its type, its label in the form and its default.</summary>
public sealed class ParameterDefinition
{
    public string Name { get; init; } = "";

    /// <summary>year, unit, units, unitKind, measure, measures or indicator.</summary>
    public string Type { get; init; } = "";

    public string Label { get; init; } = "";

    /// <summary>A literal value or a token: latest, first, latest-N (years with reported realizations), earliest, horizon (any year, e.g. Renstra targets) (year); reporting (unit); same-kind, all (units); first-iku (indicator).</summary>
    public string? Default { get; init; }

    public string? Help { get; init; }
}
