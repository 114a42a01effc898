using System.Numerics;

namespace Sakip.Analytics.DuckDb.Reading;

/// <summary>UHUGEINT reads as decimal like HUGEINT; UInt128 and BigInteger read it whole.</summary>
internal sealed unsafe class UHugeIntVectorReader(string typeName) : TypedVectorReader<decimal>(typeName)
{
    internal override decimal Read(int row) => (decimal)((UInt128*)Data)[row];

    protected override T ReadAs<T>(int row)
    {
        var value = ((UInt128*)Data)[row];
        if (typeof(T) == typeof(UInt128))
        {
            return (T)(object)value;
        }

        return typeof(T) == typeof(BigInteger) ? (T)(object)(BigInteger)value : base.ReadAs<T>(row);
    }
}
