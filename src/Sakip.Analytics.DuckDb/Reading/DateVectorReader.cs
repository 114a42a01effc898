using Sakip.Analytics.DuckDb.Conversion;

namespace Sakip.Analytics.DuckDb.Reading;

/// <summary>
/// DATE is days since 1970-01-01. GetValue gives DateTime (what Dapper and most callers expect
/// from ADO.NET); GetFieldValue&lt;DateOnly&gt; reads the date without the detour.
/// </summary>
internal sealed unsafe class DateVectorReader(string typeName) : TypedVectorReader<DateTime>(typeName)
{
    internal override DateTime Read(int row) => ReadDate(row).ToDateTime(TimeOnly.MinValue);

    protected override T ReadAs<T>(int row) =>
        typeof(T) == typeof(DateOnly) ? (T)(object)ReadDate(row) : base.ReadAs<T>(row);

    private DateOnly ReadDate(int row) => TemporalConversion.DateFromDays(((int*)Data)[row]);
}
