namespace Sakip.Analytics.DuckDb;

public sealed partial class DuckDbDataReader
{
    public override string GetName(int ordinal) => names[ordinal];

    /// <summary>Exact name first, then ignoring case, as other ADO.NET providers do.</summary>
    public override int GetOrdinal(string name)
    {
        var exact = Array.IndexOf(names, name);
        if (exact >= 0)
        {
            return exact;
        }

        var ignoringCase = Array.FindIndex(names, candidate => string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase));
        return ignoringCase >= 0
            ? ignoringCase
            : throw new ArgumentOutOfRangeException(nameof(name), name, "The result has no column of that name.");
    }

    /// <summary>The type <see cref="GetValue"/> returns for the column.</summary>
    public override Type GetFieldType(int ordinal) => columns[ordinal].FieldType;

    public override string GetDataTypeName(int ordinal) => columns[ordinal].TypeName;
}
