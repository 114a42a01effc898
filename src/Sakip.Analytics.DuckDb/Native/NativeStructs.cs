using System.Runtime.InteropServices;

namespace Sakip.Analytics.DuckDb.Native;

/// <summary>
/// duckdb_result. The C API hands it around by pointer and, for a few newer functions, by value,
/// so its layout has to match the header exactly even though only the last field is used.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DuckDbResultStruct
{
    public ulong DeprecatedColumnCount;
    public ulong DeprecatedRowCount;
    public ulong DeprecatedRowsChanged;
    public IntPtr DeprecatedColumns;
    public IntPtr DeprecatedErrorMessage;
    public IntPtr InternalData;
}

/// <summary>duckdb_decimal: width and scale next to the unscaled 128-bit value.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DuckDbDecimalStruct
{
    public byte Width;
    public byte Scale;
    public ulong Lower;
    public long Upper;
}

/// <summary>duckdb_uhugeint: an unsigned 128-bit integer as two halves.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DuckDbUHugeIntStruct
{
    public ulong Lower;
    public ulong Upper;
}
