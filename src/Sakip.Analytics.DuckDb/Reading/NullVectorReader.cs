namespace Sakip.Analytics.DuckDb.Reading;

/// <summary>A column of the NULL type (e.g. <c>SELECT NULL</c>): every row is null.</summary>
internal sealed class NullVectorReader() : VectorReader("NULL")
{
    internal override Type FieldType => typeof(object);

    internal override object GetValue(int row) => DBNull.Value;

    internal override T GetFieldValue<T>(int row) => default!;
}
