using System.Runtime.InteropServices;

namespace Sakip.Analytics.DuckDb.Native;

internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_open_ext", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState OpenDatabase(string? path, out IntPtr database, DuckDbConfigHandle config, out IntPtr errorMessage);

    [LibraryImport(Library, EntryPoint = "duckdb_close")]
    internal static partial void CloseDatabase(ref IntPtr database);

    [LibraryImport(Library, EntryPoint = "duckdb_connect")]
    internal static partial DuckDbState Connect(DuckDbDatabaseHandle database, out IntPtr connection);

    [LibraryImport(Library, EntryPoint = "duckdb_disconnect")]
    internal static partial void Disconnect(ref IntPtr connection);

    [LibraryImport(Library, EntryPoint = "duckdb_interrupt")]
    internal static partial void Interrupt(DuckDbConnectionHandle connection);

    [LibraryImport(Library, EntryPoint = "duckdb_library_version")]
    internal static partial IntPtr LibraryVersion();

    [LibraryImport(Library, EntryPoint = "duckdb_free")]
    internal static partial void Free(IntPtr pointer);
}
