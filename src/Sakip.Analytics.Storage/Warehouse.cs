using Sakip.Analytics.DuckDb;

namespace Sakip.Analytics.Storage;

/// <summary>
/// The DuckDB store of this process. DuckDB allows one read-write process per file, so the
/// process that owns the store keeps one connection open for its whole life (which keeps the
/// native database handle alive) and hands out short-lived connections per operation.
/// </summary>
public sealed class Warehouse : IDisposable
{
    private readonly DuckDbConnection keepAlive;

    public Warehouse(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(options.ResolvedDataDirectory);
        DatabasePath = options.DatabasePath;
        ConnectionString = $"Data Source={DatabasePath}";
        keepAlive = OpenOrExplain(ConnectionString, DatabasePath);
        MigrationRunner.Apply(keepAlive);
    }

    public string DatabasePath { get; }

    internal string ConnectionString { get; }

    /// <summary>Serializes writers inside this process; DuckDB itself would abort one of two conflicting transactions.</summary>
    public SemaphoreSlim WriteLock { get; } = new(1, 1);

    /// <summary>
    /// A raw connection: internal, so code outside the storage layer cannot read facts without a
    /// tenant scope (see <see cref="Scoping.ScopedDatabase"/>).
    /// </summary>
    internal DuckDbConnection Open()
    {
        var connection = new DuckDbConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        keepAlive.Dispose();
        WriteLock.Dispose();
    }

    private static DuckDbConnection OpenOrExplain(string connectionString, string path)
    {
        var connection = new DuckDbConnection(connectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch (DuckDbException ex) when (ex.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            connection.Dispose();
            throw new StoreInUseException(path, ex);
        }
    }
}

/// <summary>The store file is held by another process (DuckDB allows one writer per file).</summary>
public sealed class StoreInUseException(string path, Exception inner) : Exception(
    $"The store {path} is in use by another process (the dashboard or another command). " +
    "DuckDB allows one process per database file: stop the other process, or drop the batch into " +
    "the inbox folder of the running dashboard.", inner);
