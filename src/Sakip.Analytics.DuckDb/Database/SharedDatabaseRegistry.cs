using Sakip.Analytics.DuckDb.Native;

namespace Sakip.Analytics.DuckDb.Database;

/// <summary>
/// DuckDB allows one database instance per file per process: a second duckdb_open of the same file
/// would not see the first one's writes and could corrupt it. So every connection to a file shares
/// one instance, keyed by full path. The instance is closed when its last connection closes, which
/// releases the file (tests can delete it; another process can open it). The price is that a
/// program that opens and closes its only connection repeatedly reopens the database each time;
/// keep one connection open for the application's lifetime to avoid that.
/// </summary>
internal static class SharedDatabaseRegistry
{
    private static readonly Dictionary<string, SharedDatabase> OpenFiles = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    internal static SharedDatabase Acquire(DuckDbConnectionSettings settings)
    {
        if (settings.IsInMemory)
        {
            // Each :memory: open is its own private database.
            return new SharedDatabase(null, Open(DuckDbConnectionSettings.InMemory, settings.Options)) { Users = 1 };
        }

        var fullPath = Path.GetFullPath(settings.DataSource);
        lock (Gate)
        {
            if (!OpenFiles.TryGetValue(fullPath, out var database))
            {
                database = new SharedDatabase(fullPath, Open(fullPath, settings.Options));
                OpenFiles.Add(fullPath, database);
            }

            database.Users++;
            return database;
        }
    }

    internal static void Release(SharedDatabase database)
    {
        lock (Gate)
        {
            database.Users--;
            if (database.Users > 0)
            {
                return;
            }

            if (database.FullPath is not null)
            {
                OpenFiles.Remove(database.FullPath);
            }

            database.Handle.Dispose();
        }
    }

    private static DuckDbDatabaseHandle Open(string path, IReadOnlyDictionary<string, string> options)
    {
        NativeMethods.CreateConfig(out var configPointer).ThrowOnError("DuckDB could not create a configuration.");
        using var config = new DuckDbConfigHandle(configPointer);
        foreach (var (name, value) in options)
        {
            NativeMethods.SetConfig(config, name, value)
                .ThrowOnError($"DuckDB does not accept the connection string option '{name}={value}'.");
        }

        if (NativeMethods.OpenDatabase(path, out var database, config, out var error) == DuckDbState.Success)
        {
            return new DuckDbDatabaseHandle(database);
        }

        var message = NativeText.Owned(error) ?? "unknown error";
        throw new DuckDbException($"DuckDB could not open '{path}': {message}");
    }
}
