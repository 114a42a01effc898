using System.Data;
using System.Data.Common;
using Sakip.Analytics.DuckDb.Execution;
using Sakip.Analytics.DuckDb.Native;

namespace Sakip.Analytics.DuckDb;

public sealed partial class DuckDbCommand
{
    /// <summary>Runs every statement; returns the rows they changed, or -1 when none reports any.</summary>
    public override int ExecuteNonQuery()
    {
        var batch = AcquireBatch();
        try
        {
            var changed = -1L;
            for (var i = 0; i < batch.Count; i++)
            {
                using var result = batch.Statement(i).Execute(Parameters);
                if (NativeMethods.ResultReturnType(result.Value) == DuckDbResultType.ChangedRows)
                {
                    changed = Math.Max(changed, 0) + (long)NativeMethods.RowsChanged(result);
                }
            }

            return (int)Math.Min(changed, int.MaxValue);
        }
        finally
        {
            ReleaseBatch(batch);
        }
    }

    public override object? ExecuteScalar()
    {
        using var reader = ExecuteReader();
        return reader.FieldCount > 0 && reader.Read() ? reader.GetValue(0) : null;
    }

    public new DuckDbDataReader ExecuteReader() => ExecuteReader(CommandBehavior.Default);

    /// <summary>Runs every statement and reads the result of the last one.</summary>
    public new DuckDbDataReader ExecuteReader(CommandBehavior behavior)
    {
        var batch = AcquireBatch();
        try
        {
            if (batch.Count == 0)
            {
                throw new InvalidOperationException("The command text holds no SQL statement.");
            }

            for (var i = 0; i < batch.Count - 1; i++)
            {
                batch.Statement(i).Execute(Parameters).Dispose();
            }

            var result = batch.Statement(batch.Count - 1).Execute(Parameters);
            var closeWith = behavior.HasFlag(CommandBehavior.CloseConnection) ? connection : null;
            return DuckDbDataReader.Open(result, closeWith);
        }
        finally
        {
            ReleaseBatch(batch);
        }
    }

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => ExecuteReader(behavior);

    /// <summary>The prepared batch when there is one for this connection, else a one-off parse.</summary>
    private StatementBatch AcquireBatch()
    {
        var native = OpenConnection().NativeConnection;
        if (preparedBatch is not null && preparedBatch.Connection == native)
        {
            return preparedBatch;
        }

        DiscardPreparedBatch();
        return StatementBatch.Parse(native, commandText);
    }

    private void ReleaseBatch(StatementBatch batch)
    {
        if (batch != preparedBatch)
        {
            batch.Dispose();
        }
    }
}
