namespace Sakip.Analytics.Web.Models;

/// <summary>One control of a dashboard's selection form.</summary>
public sealed record ParameterField(
    string Name,
    string Label,
    string? Help,
    bool Multiple,
    IReadOnlyList<FieldOption> Options,
    IReadOnlySet<string> Selected);

/// <summary>A choice of a form control; <see cref="Group"/> makes an optgroup or a heading in a checkbox list.</summary>
public sealed record FieldOption(string Value, string Label, string? Group = null);
