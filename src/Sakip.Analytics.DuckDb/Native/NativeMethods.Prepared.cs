using System.Runtime.InteropServices;

namespace Sakip.Analytics.DuckDb.Native;

internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_extract_statements", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial ulong ExtractStatements(DuckDbConnectionHandle connection, string sql, out IntPtr extractedStatements);

    [LibraryImport(Library, EntryPoint = "duckdb_extract_statements_error")]
    internal static partial IntPtr ExtractStatementsError(DuckDbExtractedStatementsHandle extractedStatements);

    [LibraryImport(Library, EntryPoint = "duckdb_prepare_extracted_statement")]
    internal static partial DuckDbState PrepareExtractedStatement(DuckDbConnectionHandle connection, DuckDbExtractedStatementsHandle extractedStatements, ulong index, out IntPtr preparedStatement);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_extracted")]
    internal static partial void DestroyExtracted(ref IntPtr extractedStatements);

    [LibraryImport(Library, EntryPoint = "duckdb_prepare_error")]
    internal static partial IntPtr PrepareError(DuckDbPreparedStatementHandle preparedStatement);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_prepare")]
    internal static partial void DestroyPrepare(ref IntPtr preparedStatement);

    [LibraryImport(Library, EntryPoint = "duckdb_nparams")]
    internal static partial ulong ParameterCount(DuckDbPreparedStatementHandle preparedStatement);

    /// <summary>Returns a copy that must be released with <see cref="Free"/>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_parameter_name")]
    internal static partial IntPtr ParameterName(DuckDbPreparedStatementHandle preparedStatement, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_parameter_index", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState BindParameterIndex(DuckDbPreparedStatementHandle preparedStatement, out ulong index, string name);

    [LibraryImport(Library, EntryPoint = "duckdb_clear_bindings")]
    internal static partial DuckDbState ClearBindings(DuckDbPreparedStatementHandle preparedStatement);

    [LibraryImport(Library, EntryPoint = "duckdb_execute_prepared")]
    internal static partial DuckDbState ExecutePrepared(DuckDbPreparedStatementHandle preparedStatement, DuckDbResultHandle result);
}
