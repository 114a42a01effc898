using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace Sakip.Analytics.DuckDb;

/// <summary>
/// A value for a placeholder. Named placeholders are written <c>$name</c> in SQL; the parameter's
/// name may be given with or without the <c>$</c> (also <c>@</c> or <c>:</c>). A parameter without
/// a name fills the positional placeholder (<c>?</c> or <c>$1</c>) matching its place in the
/// collection. The value is bound by its CLR type; <see cref="DbType"/> is informational.
/// </summary>
public sealed class DuckDbParameter : DbParameter
{
    private string parameterName = string.Empty;
    private string sourceColumn = string.Empty;

    public DuckDbParameter()
    {
    }

    public DuckDbParameter(object? value) => Value = value;

    public DuckDbParameter(string parameterName, object? value)
    {
        ParameterName = parameterName;
        Value = value;
    }

    public override DbType DbType { get; set; } = DbType.Object;

    public override ParameterDirection Direction
    {
        get => ParameterDirection.Input;
        set
        {
            if (value != ParameterDirection.Input)
            {
                throw new NotSupportedException("DuckDB supports input parameters only.");
            }
        }
    }

    public override bool IsNullable { get; set; }

    [AllowNull]
    public override string ParameterName
    {
        get => parameterName;
        set => parameterName = value ?? string.Empty;
    }

    public override int Size { get; set; }

    [AllowNull]
    public override string SourceColumn
    {
        get => sourceColumn;
        set => sourceColumn = value ?? string.Empty;
    }

    public override bool SourceColumnNullMapping { get; set; }

    public override object? Value { get; set; }

    public override void ResetDbType() => DbType = DbType.Object;

    /// <summary>The name as DuckDB knows it: without the placeholder prefix.</summary>
    internal string PlaceholderName => parameterName.TrimStart('$', '@', ':');
}
