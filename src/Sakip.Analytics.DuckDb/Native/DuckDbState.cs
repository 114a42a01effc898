namespace Sakip.Analytics.DuckDb.Native;

/// <summary>duckdb_state: every fallible C API call returns it.</summary>
internal enum DuckDbState
{
    Success = 0,
    Error = 1,
}
