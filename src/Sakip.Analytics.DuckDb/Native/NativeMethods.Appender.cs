using System.Runtime.InteropServices;

namespace Sakip.Analytics.DuckDb.Native;

internal static partial class NativeMethods
{
    /// <summary>Hands out an appender even on failure, so its error text can be read.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_appender_create_ext", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState CreateAppender(DuckDbConnectionHandle connection, string? catalog, string? schema, string table, out IntPtr appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_error")]
    internal static partial IntPtr AppenderError(DuckDbAppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_flush")]
    internal static partial DuckDbState FlushAppender(DuckDbAppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_close")]
    internal static partial DuckDbState CloseAppender(DuckDbAppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_destroy")]
    internal static partial DuckDbState DestroyAppender(ref IntPtr appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_end_row")]
    internal static partial DuckDbState EndAppenderRow(DuckDbAppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_append_null")]
    internal static partial DuckDbState AppendNull(DuckDbAppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_append_bool")]
    internal static partial DuckDbState AppendBoolean(DuckDbAppenderHandle appender, [MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_int16")]
    internal static partial DuckDbState AppendInt16(DuckDbAppenderHandle appender, short value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_int32")]
    internal static partial DuckDbState AppendInt32(DuckDbAppenderHandle appender, int value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_int64")]
    internal static partial DuckDbState AppendInt64(DuckDbAppenderHandle appender, long value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_float")]
    internal static partial DuckDbState AppendFloat(DuckDbAppenderHandle appender, float value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_double")]
    internal static partial DuckDbState AppendDouble(DuckDbAppenderHandle appender, double value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_date")]
    internal static partial DuckDbState AppendDate(DuckDbAppenderHandle appender, int days);

    [LibraryImport(Library, EntryPoint = "duckdb_append_timestamp")]
    internal static partial DuckDbState AppendTimestamp(DuckDbAppenderHandle appender, long micros);

    [LibraryImport(Library, EntryPoint = "duckdb_append_varchar_length")]
    internal static unsafe partial DuckDbState AppendVarcharLength(DuckDbAppenderHandle appender, byte* utf8, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_append_blob")]
    internal static unsafe partial DuckDbState AppendBlob(DuckDbAppenderHandle appender, byte* data, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_append_value")]
    internal static partial DuckDbState AppendValue(DuckDbAppenderHandle appender, DuckDbValueHandle value);
}
