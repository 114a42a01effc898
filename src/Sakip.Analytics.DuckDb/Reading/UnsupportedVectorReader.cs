namespace Sakip.Analytics.DuckDb.Reading;

/// <summary>
/// Stands in for a column type this provider cannot read yet, so the other columns of the result
/// stay readable; reading a value of this column throws, naming the type.
/// </summary>
internal sealed class UnsupportedVectorReader(string typeName) : VectorReader(typeName)
{
    internal override Type FieldType => typeof(object);

    internal override object GetValue(int row) => throw NotSupported();

    internal override T GetFieldValue<T>(int row) => throw NotSupported();

    private NotSupportedException NotSupported() =>
        new($"DuckDB type {TypeName} is not supported by Sakip.Analytics.DuckDb; cast it in SQL (e.g. to VARCHAR).");
}
