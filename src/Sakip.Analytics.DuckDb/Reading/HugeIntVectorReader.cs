using System.Numerics;

namespace Sakip.Analytics.DuckDb.Reading;

/// <summary>
/// HUGEINT (what SUM over integers returns) reads as decimal, which Dapper and Convert can turn
/// into long or int; values past decimal's 28 digits need GetFieldValue of Int128 or BigInteger.
/// </summary>
internal sealed unsafe class HugeIntVectorReader(string typeName) : TypedVectorReader<decimal>(typeName)
{
    internal override decimal Read(int row) => (decimal)((Int128*)Data)[row];

    protected override T ReadAs<T>(int row)
    {
        var value = ((Int128*)Data)[row];
        if (typeof(T) == typeof(Int128))
        {
            return (T)(object)value;
        }

        return typeof(T) == typeof(BigInteger) ? (T)(object)(BigInteger)value : base.ReadAs<T>(row);
    }
}
