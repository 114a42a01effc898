using Sakip.Analytics.DuckDb.Native;

namespace Sakip.Analytics.DuckDb.Database;

/// <summary>
/// One open duckdb_database and how many connections use it. Only ever touched under the
/// registry's lock.
/// </summary>
internal sealed class SharedDatabase(string? fullPath, DuckDbDatabaseHandle handle)
{
    /// <summary>Null for an in-memory database, which is never shared.</summary>
    internal string? FullPath { get; } = fullPath;

    internal DuckDbDatabaseHandle Handle { get; } = handle;

    internal int Users { get; set; }
}
