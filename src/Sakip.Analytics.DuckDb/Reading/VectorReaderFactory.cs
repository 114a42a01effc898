using System.Globalization;
using Sakip.Analytics.DuckDb.Conversion;
using Sakip.Analytics.DuckDb.Native;

namespace Sakip.Analytics.DuckDb.Reading;

/// <summary>Picks the reader for a column from its DuckDB logical type.</summary>
internal static class VectorReaderFactory
{
    internal static VectorReader Create(DuckDbLogicalTypeHandle type)
    {
        var id = NativeMethods.TypeId(type);
        var name = TypeNames.Of(id);
        return id switch
        {
            DuckDbType.Boolean => new PrimitiveVectorReader<bool>(name),
            DuckDbType.TinyInt => new PrimitiveVectorReader<sbyte>(name),
            DuckDbType.SmallInt => new PrimitiveVectorReader<short>(name),
            DuckDbType.Integer => new PrimitiveVectorReader<int>(name),
            DuckDbType.BigInt => new PrimitiveVectorReader<long>(name),
            DuckDbType.UTinyInt => new PrimitiveVectorReader<byte>(name),
            DuckDbType.USmallInt => new PrimitiveVectorReader<ushort>(name),
            DuckDbType.UInteger => new PrimitiveVectorReader<uint>(name),
            DuckDbType.UBigInt => new PrimitiveVectorReader<ulong>(name),
            DuckDbType.Float => new PrimitiveVectorReader<float>(name),
            DuckDbType.Double => new PrimitiveVectorReader<double>(name),
            DuckDbType.HugeInt => new HugeIntVectorReader(name),
            DuckDbType.UHugeInt => new UHugeIntVectorReader(name),
            DuckDbType.Decimal => CreateDecimal(type),
            DuckDbType.Varchar => new StringVectorReader(name),
            DuckDbType.Blob => new BlobVectorReader(name),
            DuckDbType.Uuid => new GuidVectorReader(name),
            DuckDbType.Enum => CreateEnum(type, name),
            DuckDbType.Date => new DateVectorReader(name),
            DuckDbType.Time => new TimeVectorReader(name),
            DuckDbType.Timestamp => new TimestampVectorReader(TemporalConversion.MicrosToTicks, DateTimeKind.Unspecified, name),
            DuckDbType.TimestampTz => new TimestampVectorReader(TemporalConversion.MicrosToTicks, DateTimeKind.Utc, name),
            DuckDbType.TimestampS => new TimestampVectorReader(seconds => checked(seconds * TimeSpan.TicksPerSecond), DateTimeKind.Unspecified, name),
            DuckDbType.TimestampMs => new TimestampVectorReader(millis => checked(millis * TimeSpan.TicksPerMillisecond), DateTimeKind.Unspecified, name),
            DuckDbType.TimestampNs => new TimestampVectorReader(nanos => nanos / 100, DateTimeKind.Unspecified, name),
            DuckDbType.SqlNull => new NullVectorReader(),
            _ => new UnsupportedVectorReader(name),
        };
    }

    private static DecimalVectorReader CreateDecimal(DuckDbLogicalTypeHandle type)
    {
        var width = NativeMethods.DecimalWidth(type);
        var scale = NativeMethods.DecimalScale(type);
        var name = string.Create(CultureInfo.InvariantCulture, $"DECIMAL({width},{scale})");
        return new DecimalVectorReader(NativeMethods.DecimalInternalType(type), scale, name);
    }

    private static EnumVectorReader CreateEnum(DuckDbLogicalTypeHandle type, string name)
    {
        var dictionary = new string[NativeMethods.EnumDictionarySize(type)];
        for (var i = 0; i < dictionary.Length; i++)
        {
            dictionary[i] = NativeText.Owned(NativeMethods.EnumDictionaryValue(type, (ulong)i)) ?? string.Empty;
        }

        return new EnumVectorReader(NativeMethods.EnumInternalType(type), dictionary, name);
    }
}
