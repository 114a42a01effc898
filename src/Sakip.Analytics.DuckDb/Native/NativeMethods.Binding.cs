using System.Runtime.InteropServices;

namespace Sakip.Analytics.DuckDb.Native;

internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_bind_null")]
    internal static partial DuckDbState BindNull(DuckDbPreparedStatementHandle statement, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_boolean")]
    internal static partial DuckDbState BindBoolean(DuckDbPreparedStatementHandle statement, ulong index, [MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int8")]
    internal static partial DuckDbState BindInt8(DuckDbPreparedStatementHandle statement, ulong index, sbyte value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_uint8")]
    internal static partial DuckDbState BindUInt8(DuckDbPreparedStatementHandle statement, ulong index, byte value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int16")]
    internal static partial DuckDbState BindInt16(DuckDbPreparedStatementHandle statement, ulong index, short value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_uint16")]
    internal static partial DuckDbState BindUInt16(DuckDbPreparedStatementHandle statement, ulong index, ushort value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int32")]
    internal static partial DuckDbState BindInt32(DuckDbPreparedStatementHandle statement, ulong index, int value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_uint32")]
    internal static partial DuckDbState BindUInt32(DuckDbPreparedStatementHandle statement, ulong index, uint value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int64")]
    internal static partial DuckDbState BindInt64(DuckDbPreparedStatementHandle statement, ulong index, long value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_uint64")]
    internal static partial DuckDbState BindUInt64(DuckDbPreparedStatementHandle statement, ulong index, ulong value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_float")]
    internal static partial DuckDbState BindFloat(DuckDbPreparedStatementHandle statement, ulong index, float value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_double")]
    internal static partial DuckDbState BindDouble(DuckDbPreparedStatementHandle statement, ulong index, double value);

    /// <summary>duckdb_date is a struct holding days since 1970-01-01.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_bind_date")]
    internal static partial DuckDbState BindDate(DuckDbPreparedStatementHandle statement, ulong index, int days);

    /// <summary>duckdb_time is a struct holding microseconds since midnight.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_bind_time")]
    internal static partial DuckDbState BindTime(DuckDbPreparedStatementHandle statement, ulong index, long micros);

    /// <summary>duckdb_timestamp is a struct holding microseconds since the Unix epoch.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_bind_timestamp")]
    internal static partial DuckDbState BindTimestamp(DuckDbPreparedStatementHandle statement, ulong index, long micros);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_timestamp_tz")]
    internal static partial DuckDbState BindTimestampTz(DuckDbPreparedStatementHandle statement, ulong index, long micros);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_varchar_length")]
    internal static unsafe partial DuckDbState BindVarcharLength(DuckDbPreparedStatementHandle statement, ulong index, byte* utf8, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_blob")]
    internal static unsafe partial DuckDbState BindBlob(DuckDbPreparedStatementHandle statement, ulong index, byte* data, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_value")]
    internal static partial DuckDbState BindValue(DuckDbPreparedStatementHandle statement, ulong index, DuckDbValueHandle value);
}
