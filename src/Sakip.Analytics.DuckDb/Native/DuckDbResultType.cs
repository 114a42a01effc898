namespace Sakip.Analytics.DuckDb.Native;

/// <summary>duckdb_result_type: tells a row-count result from a query result.</summary>
internal enum DuckDbResultType
{
    Invalid = 0,
    ChangedRows = 1,
    Nothing = 2,
    QueryResult = 3,
}
