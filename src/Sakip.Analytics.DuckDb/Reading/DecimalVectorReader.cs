using Sakip.Analytics.DuckDb.Conversion;
using Sakip.Analytics.DuckDb.Native;

namespace Sakip.Analytics.DuckDb.Reading;

/// <summary>
/// DECIMAL(width, scale) is stored as an unscaled integer whose size depends on the width:
/// 16, 32, 64 or 128 bits.
/// </summary>
internal sealed unsafe class DecimalVectorReader(DuckDbType storage, byte scale, string typeName)
    : TypedVectorReader<decimal>(typeName)
{
    internal override decimal Read(int row) => DecimalConversion.FromUnscaled(ReadUnscaled(row), scale);

    protected override T ReadAs<T>(int row) =>
        typeof(T) == typeof(double) && scale <= 28
            ? (T)(object)(double)Read(row)
            : base.ReadAs<T>(row);

    private Int128 ReadUnscaled(int row) => storage switch
    {
        DuckDbType.SmallInt => ((short*)Data)[row],
        DuckDbType.Integer => ((int*)Data)[row],
        DuckDbType.BigInt => ((long*)Data)[row],
        _ => ((Int128*)Data)[row],
    };
}
