using System.Runtime.InteropServices;

namespace Sakip.Analytics.DuckDb.Native;

internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_size")]
    internal static partial ulong DataChunkSize(DuckDbDataChunkHandle chunk);

    /// <summary>The vector is owned by the chunk and lives exactly as long as it.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_vector")]
    internal static partial IntPtr DataChunkVector(DuckDbDataChunkHandle chunk, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_data_chunk")]
    internal static partial void DestroyDataChunk(ref IntPtr chunk);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_data")]
    internal static partial IntPtr VectorData(IntPtr vector);

    /// <summary>Null when every row of the vector is valid.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_validity")]
    internal static partial IntPtr VectorValidity(IntPtr vector);
}
