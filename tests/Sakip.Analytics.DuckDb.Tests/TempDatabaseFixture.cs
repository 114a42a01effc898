namespace Sakip.Analytics.DuckDb.Tests;

/// <summary>
/// A DuckDB file in its own temp folder, shared by the tests of one class. The fixture keeps one
/// connection open, as an application would, and deletes the folder when the class is done.
/// </summary>
public sealed class TempDatabaseFixture : IDisposable
{
    private readonly DuckDbConnection keepAlive;

    public TempDatabaseFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "sakip-duckdb-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = Path.Combine(Folder, "analytics.duckdb");
        keepAlive = OpenConnection();
    }

    public string Folder { get; }

    public string FilePath { get; }

    public string ConnectionString => $"Data Source={FilePath}";

    public DuckDbConnection OpenConnection()
    {
        var connection = new DuckDbConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        keepAlive.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
