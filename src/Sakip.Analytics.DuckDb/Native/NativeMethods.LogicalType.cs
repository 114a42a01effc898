using System.Runtime.InteropServices;

namespace Sakip.Analytics.DuckDb.Native;

internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_get_type_id")]
    internal static partial DuckDbType TypeId(DuckDbLogicalTypeHandle type);

    [LibraryImport(Library, EntryPoint = "duckdb_decimal_width")]
    internal static partial byte DecimalWidth(DuckDbLogicalTypeHandle type);

    [LibraryImport(Library, EntryPoint = "duckdb_decimal_scale")]
    internal static partial byte DecimalScale(DuckDbLogicalTypeHandle type);

    [LibraryImport(Library, EntryPoint = "duckdb_decimal_internal_type")]
    internal static partial DuckDbType DecimalInternalType(DuckDbLogicalTypeHandle type);

    [LibraryImport(Library, EntryPoint = "duckdb_enum_internal_type")]
    internal static partial DuckDbType EnumInternalType(DuckDbLogicalTypeHandle type);

    [LibraryImport(Library, EntryPoint = "duckdb_enum_dictionary_size")]
    internal static partial uint EnumDictionarySize(DuckDbLogicalTypeHandle type);

    /// <summary>Returns a copy that must be released with <see cref="Free"/>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_enum_dictionary_value")]
    internal static partial IntPtr EnumDictionaryValue(DuckDbLogicalTypeHandle type, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_logical_type")]
    internal static partial void DestroyLogicalType(ref IntPtr type);
}
