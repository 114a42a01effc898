using System.Buffers.Binary;
using Sakip.Analytics.DuckDb.Native;

namespace Sakip.Analytics.DuckDb.Conversion;

/// <summary>A UUID is a 128-bit number whose bytes, big-endian, are the Guid's text order.</summary>
internal static class GuidConversion
{
    internal static DuckDbUHugeIntStruct ToDuckDb(Guid value)
    {
        Span<byte> bytes = stackalloc byte[16];
        value.TryWriteBytes(bytes, bigEndian: true, out _);
        return new DuckDbUHugeIntStruct
        {
            Upper = BinaryPrimitives.ReadUInt64BigEndian(bytes),
            Lower = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
        };
    }

    /// <summary>Vectors store UUIDs as signed 128-bit values with the top bit flipped, so they sort.</summary>
    internal static Guid FromStored(Int128 stored)
    {
        var number = (UInt128)stored ^ (UInt128.One << 127);
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, (ulong)(number >> 64));
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], (ulong)number);
        return new Guid(bytes, bigEndian: true);
    }
}
