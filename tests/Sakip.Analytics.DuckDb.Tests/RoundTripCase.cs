namespace Sakip.Analytics.DuckDb.Tests;

/// <summary>A value, the SQL column type to store it in, and the CLR type DuckDB hands back.</summary>
public sealed record RoundTripCase(string SqlType, object Value, Type ReadBackType)
{
    public override string ToString() => $"{SqlType} <- {Value.GetType().Name} {Value}";

    public static TheoryData<RoundTripCase> All =>
    [
        new("BOOLEAN", true, typeof(bool)),
        new("TINYINT", (sbyte)-7, typeof(sbyte)),
        new("SMALLINT", (short)-12345, typeof(short)),
        new("INTEGER", 123456789, typeof(int)),
        new("BIGINT", 9_007_199_254_740_993L, typeof(long)),
        new("UTINYINT", (byte)250, typeof(byte)),
        new("USMALLINT", (ushort)65000, typeof(ushort)),
        new("UINTEGER", 4_000_000_000u, typeof(uint)),
        new("UBIGINT", 18_000_000_000_000_000_000ul, typeof(ulong)),
        new("HUGEINT", 12345678901234567890123m, typeof(decimal)),
        new("FLOAT", 1.5f, typeof(float)),
        new("DOUBLE", 0.1 + 0.2, typeof(double)),
        new("DECIMAL(4,1)", 123.4m, typeof(decimal)),
        new("DECIMAL(9,3)", -123456.789m, typeof(decimal)),
        new("DECIMAL(18,2)", 1234567.89m, typeof(decimal)),
        new("DECIMAL(38,10)", 1234567890123456.0123456789m, typeof(decimal)),
        new("VARCHAR", "short", typeof(string)),
        new("VARCHAR", "a string longer than twelve bytes, stored out of line", typeof(string)),
        new("VARCHAR", "Kecamatan Sei Balai — capaian 94,71% ✓", typeof(string)),
        new("VARCHAR", string.Empty, typeof(string)),
        new("DATE", new DateOnly(2024, 12, 31), typeof(DateTime)),
        new("DATE", new DateOnly(1969, 7, 20), typeof(DateTime)),
        new("TIMESTAMP", new DateTime(2024, 2, 29, 13, 45, 30, 123).AddTicks(4560), typeof(DateTime)),
        new("TIMESTAMP", new DateTime(1960, 1, 1, 0, 0, 1), typeof(DateTime)),
        new("UUID", Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), typeof(Guid)),
        new("UUID", Guid.Parse("ff8fad5b-d9cb-469f-a165-70867728950e"), typeof(Guid)),
        new("BLOB", new byte[] { 0, 1, 2, 254, 255 }, typeof(byte[])),
        new("TIME", new TimeOnly(23, 59, 58, 999), typeof(TimeSpan)),
    ];

    /// <summary>The value as the reader gives it back for <see cref="ReadBackType"/>.</summary>
    public object Expected => Value switch
    {
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        TimeOnly time => time.ToTimeSpan(),
        _ => Value,
    };
}
