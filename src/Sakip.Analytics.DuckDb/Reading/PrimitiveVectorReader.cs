namespace Sakip.Analytics.DuckDb.Reading;

/// <summary>Fixed-width values stored as their C type: BOOLEAN, integers, FLOAT, DOUBLE.</summary>
internal sealed unsafe class PrimitiveVectorReader<T>(string typeName) : TypedVectorReader<T>(typeName)
    where T : unmanaged
{
    internal override T Read(int row) => ((T*)Data)[row];
}
