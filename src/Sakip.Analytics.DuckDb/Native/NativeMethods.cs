namespace Sakip.Analytics.DuckDb.Native;

/// <summary>
/// The DuckDB C API (duckdb.h), one partial file per area of the header. Functions that take a
/// native object the caller owns take its <see cref="System.Runtime.InteropServices.SafeHandle"/>
/// so the object cannot be destroyed while the call runs; borrowed pointers (vectors, strings
/// owned by DuckDB) stay <see cref="IntPtr"/>.
/// </summary>
internal static partial class NativeMethods
{
    // "duckdb" resolves to libduckdb.so next to this assembly: the build copies it there from the
    // npm package, so no system-wide installation is needed.
    private const string Library = "duckdb";
}
