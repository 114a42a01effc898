using System.Runtime.InteropServices;

namespace Sakip.Analytics.DuckDb.Native;

internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_query", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState Query(DuckDbConnectionHandle connection, string sql, DuckDbResultHandle result);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_result")]
    internal static partial void DestroyResult(IntPtr result);

    [LibraryImport(Library, EntryPoint = "duckdb_result_error")]
    internal static partial IntPtr ResultError(DuckDbResultHandle result);

    [LibraryImport(Library, EntryPoint = "duckdb_column_count")]
    internal static partial ulong ColumnCount(DuckDbResultHandle result);

    [LibraryImport(Library, EntryPoint = "duckdb_column_name")]
    internal static partial IntPtr ColumnName(DuckDbResultHandle result, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_column_logical_type")]
    internal static partial IntPtr ColumnLogicalType(DuckDbResultHandle result, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_rows_changed")]
    internal static partial ulong RowsChanged(DuckDbResultHandle result);

    // The two functions below take duckdb_result by value, not by pointer.
    [LibraryImport(Library, EntryPoint = "duckdb_result_return_type")]
    internal static partial DuckDbResultType ResultReturnType(DuckDbResultStruct result);

    [LibraryImport(Library, EntryPoint = "duckdb_fetch_chunk")]
    internal static partial IntPtr FetchChunk(DuckDbResultStruct result);
}
