using System.Runtime.InteropServices;

namespace Sakip.Analytics.DuckDb.Native;

internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_create_decimal")]
    internal static partial IntPtr CreateDecimal(DuckDbDecimalStruct value);

    /// <summary>Takes the UUID as its big-endian 128-bit number; DuckDB flips the sign bit itself.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_create_uuid")]
    internal static partial IntPtr CreateUuid(DuckDbUHugeIntStruct value);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_value")]
    internal static partial void DestroyValue(ref IntPtr value);
}
