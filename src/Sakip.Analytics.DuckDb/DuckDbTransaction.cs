using System.Data;
using System.Data.Common;

namespace Sakip.Analytics.DuckDb;

/// <summary>
/// A transaction on one connection, run as SQL BEGIN/COMMIT/ROLLBACK. DuckDB transactions are
/// per connection, so every command and appender on the connection takes part, whether or not
/// its Transaction property is set. Disposing without committing rolls back.
/// </summary>
public sealed class DuckDbTransaction : DbTransaction
{
    private readonly DuckDbConnection connection;
    private bool completed;

    internal DuckDbTransaction(DuckDbConnection connection, IsolationLevel isolationLevel)
    {
        this.connection = connection;
        // DuckDB runs every transaction with snapshot isolation, whatever was asked for.
        IsolationLevel = isolationLevel == IsolationLevel.Unspecified ? IsolationLevel.Snapshot : isolationLevel;
    }

    public override IsolationLevel IsolationLevel { get; }

    public new DuckDbConnection? Connection => completed ? null : connection;

    protected override DbConnection? DbConnection => Connection;

    public override void Commit() => Finish("COMMIT");

    public override void Rollback() => Finish("ROLLBACK");

    /// <summary>The connection closed, and DuckDB rolled the transaction back with it.</summary>
    internal void MarkCompleted()
    {
        completed = true;
        connection.CurrentTransaction = null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !completed && connection.State == ConnectionState.Open)
        {
            Rollback();
        }

        base.Dispose(disposing);
    }

    private void Finish(string sql)
    {
        if (completed)
        {
            throw new InvalidOperationException("The transaction has already been committed or rolled back.");
        }

        try
        {
            connection.ExecuteWithoutResult(sql);
        }
        finally
        {
            // A failed COMMIT still ends the transaction in DuckDB (it is rolled back).
            MarkCompleted();
        }
    }
}
