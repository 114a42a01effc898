using Sakip.Analytics.DuckDb.Native;

namespace Sakip.Analytics.DuckDb.Reading;

/// <summary>ENUM values are indexes into the type's dictionary, 8, 16 or 32 bits wide.</summary>
internal sealed unsafe class EnumVectorReader(DuckDbType storage, string[] dictionary, string typeName)
    : TypedVectorReader<string>(typeName)
{
    internal override string Read(int row) => dictionary[storage switch
    {
        DuckDbType.UTinyInt => Data[row],
        DuckDbType.USmallInt => ((ushort*)Data)[row],
        _ => checked((int)((uint*)Data)[row]),
    }];
}
