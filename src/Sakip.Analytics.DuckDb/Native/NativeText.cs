using System.Runtime.InteropServices;

namespace Sakip.Analytics.DuckDb.Native;

/// <summary>Reads the UTF-8 strings the C API returns, borrowed or owned.</summary>
internal static class NativeText
{
    /// <summary>A string DuckDB keeps ownership of.</summary>
    internal static string? Borrowed(IntPtr utf8) =>
        utf8 == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(utf8);

    /// <summary>A copy DuckDB handed over: read it, then release it with duckdb_free.</summary>
    internal static string? Owned(IntPtr utf8)
    {
        if (utf8 == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(utf8);
        }
        finally
        {
            NativeMethods.Free(utf8);
        }
    }
}
