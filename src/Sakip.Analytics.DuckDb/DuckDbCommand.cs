using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Sakip.Analytics.DuckDb.Execution;
using Sakip.Analytics.DuckDb.Native;

namespace Sakip.Analytics.DuckDb;

/// <summary>
/// SQL to run on a <see cref="DuckDbConnection"/>. CommandText may hold several statements
/// separated by semicolons; they run in order, each with the parameters it uses.
/// </summary>
public sealed partial class DuckDbCommand : DbCommand
{
    private string commandText = string.Empty;
    private DuckDbConnection? connection;
    private StatementBatch? preparedBatch;

    public DuckDbCommand()
    {
    }

    public DuckDbCommand(string commandText, DuckDbConnection? connection = null)
    {
        CommandText = commandText;
        Connection = connection;
    }

    [AllowNull]
    public override string CommandText
    {
        get => commandText;
        set
        {
            commandText = value ?? string.Empty;
            DiscardPreparedBatch();
        }
    }

    /// <summary>Accepted for compatibility and ignored: DuckDB queries run until done or cancelled.</summary>
    public override int CommandTimeout { get; set; } = 30;

    public override CommandType CommandType
    {
        get => CommandType.Text;
        set
        {
            if (value != CommandType.Text)
            {
                throw new NotSupportedException("DuckDB runs SQL text only.");
            }
        }
    }

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    public new DuckDbConnection? Connection
    {
        get => connection;
        set
        {
            connection = value;
            DiscardPreparedBatch();
        }
    }

    public new DuckDbParameterCollection Parameters { get; } = new();

    /// <summary>Kept for ADO.NET callers; DuckDB runs every command in its connection's transaction.</summary>
    public new DuckDbTransaction? Transaction { get; set; }

    protected override DbConnection? DbConnection
    {
        get => Connection;
        set => Connection = (DuckDbConnection?)value;
    }

    protected override DbParameterCollection DbParameterCollection => Parameters;

    protected override DbTransaction? DbTransaction
    {
        get => Transaction;
        set => Transaction = (DuckDbTransaction?)value;
    }

    /// <summary>Interrupts whatever is running on the command's connection.</summary>
    public override void Cancel()
    {
        if (connection?.State == ConnectionState.Open)
        {
            NativeMethods.Interrupt(connection.NativeConnection);
        }
    }

    public new DuckDbParameter CreateParameter() => new();

    protected override DbParameter CreateDbParameter() => CreateParameter();

    /// <summary>
    /// Parses the text now and keeps its prepared statements for the next executions, which then
    /// only bind and run. Statements are prepared on their first run.
    /// </summary>
    public override void Prepare()
    {
        DiscardPreparedBatch();
        preparedBatch = StatementBatch.Parse(OpenConnection().NativeConnection, commandText);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            DiscardPreparedBatch();
        }

        base.Dispose(disposing);
    }

    private DuckDbConnection OpenConnection() =>
        connection is { State: ConnectionState.Open }
            ? connection
            : throw new InvalidOperationException("The command needs an open connection.");

    private void DiscardPreparedBatch()
    {
        preparedBatch?.Dispose();
        preparedBatch = null;
    }
}
