using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Sakip.Analytics.DuckDb.Database;
using Sakip.Analytics.DuckDb.Native;

namespace Sakip.Analytics.DuckDb;

/// <summary>
/// A connection to a DuckDB database: <c>Data Source=/path/file.duckdb</c> or
/// <c>Data Source=:memory:</c>. Connections to the same file share one database instance in the
/// process (see <see cref="SharedDatabaseRegistry"/>); each has its own native connection and so
/// its own transaction.
/// </summary>
public sealed partial class DuckDbConnection : DbConnection
{
    private string connectionString;
    private DuckDbConnectionSettings settings;
    private SharedDatabase? database;
    private DuckDbConnectionHandle? nativeConnection;

    public DuckDbConnection()
        : this(string.Empty)
    {
    }

    public DuckDbConnection(string connectionString)
    {
        this.connectionString = connectionString ?? string.Empty;
        settings = DuckDbConnectionSettings.Parse(this.connectionString);
    }

    /// <summary>The version of the loaded libduckdb, e.g. <c>v1.5.6</c>.</summary>
    public static string LibraryVersion => NativeText.Borrowed(NativeMethods.LibraryVersion()) ?? string.Empty;

    [AllowNull]
    public override string ConnectionString
    {
        get => connectionString;
        set
        {
            if (State != ConnectionState.Closed)
            {
                throw new InvalidOperationException("The connection string cannot change while the connection is open.");
            }

            connectionString = value ?? string.Empty;
            settings = DuckDbConnectionSettings.Parse(connectionString);
        }
    }

    public override string Database => "main";

    public override string DataSource => settings.DataSource;

    public override string ServerVersion => LibraryVersion;

    public override ConnectionState State => nativeConnection is null ? ConnectionState.Closed : ConnectionState.Open;

    protected override DbProviderFactory DbProviderFactory => DuckDbFactory.Instance;

    /// <summary>The open native connection; commands, transactions and appenders run on it.</summary>
    internal DuckDbConnectionHandle NativeConnection =>
        nativeConnection ?? throw new InvalidOperationException("The connection is not open.");

    public override void Open()
    {
        if (nativeConnection is not null)
        {
            throw new InvalidOperationException("The connection is already open.");
        }

        var shared = SharedDatabaseRegistry.Acquire(settings);
        try
        {
            NativeMethods.Connect(shared.Handle, out var connection)
                .ThrowOnError($"DuckDB could not connect to '{settings.DataSource}'.");
            nativeConnection = new DuckDbConnectionHandle(connection);
            database = shared;
        }
        catch
        {
            SharedDatabaseRegistry.Release(shared);
            throw;
        }

        OnStateChange(new StateChangeEventArgs(ConnectionState.Closed, ConnectionState.Open));
    }

    public override void Close()
    {
        if (nativeConnection is null)
        {
            return;
        }

        // Disconnecting rolls back whatever transaction is still open.
        CurrentTransaction?.MarkCompleted();
        nativeConnection.Dispose();
        nativeConnection = null;
        SharedDatabaseRegistry.Release(database!);
        database = null;
        OnStateChange(new StateChangeEventArgs(ConnectionState.Open, ConnectionState.Closed));
    }

    public override void ChangeDatabase(string databaseName) =>
        throw new NotSupportedException("DuckDB connections cannot change database; use ATTACH and USE in SQL.");

    public new DuckDbCommand CreateCommand() => new() { Connection = this };

    protected override DbCommand CreateDbCommand() => CreateCommand();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close();
        }

        base.Dispose(disposing);
    }
}
