namespace Sakip.Analytics.DuckDb;

/// <summary>Nullable overloads: a value appends the value, null appends NULL.</summary>
public sealed partial class DuckDbAppenderRow
{
    public DuckDbAppenderRow Append(bool? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppenderRow Append(short? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppenderRow Append(int? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppenderRow Append(long? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppenderRow Append(float? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppenderRow Append(double? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppenderRow Append(decimal? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppenderRow Append(DateOnly? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppenderRow Append(DateTime? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppenderRow Append(Guid? value) => value is { } v ? Append(v) : AppendNull();
}
