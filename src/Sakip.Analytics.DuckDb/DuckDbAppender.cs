using Sakip.Analytics.DuckDb.Native;

namespace Sakip.Analytics.DuckDb;

/// <summary>
/// Bulk-loads rows into one table through DuckDB's appender, far faster than INSERTs:
/// <c>appender.CreateRow().Append(x).Append(y).AppendNull().EndRow();</c>. Rows are buffered and
/// written on <see cref="Flush"/>, <see cref="Close"/> or Dispose, inside the connection's open
/// transaction if there is one, so a later rollback removes them. Close (or dispose) the appender
/// before committing, or the rows still buffered miss the commit.
/// </summary>
public sealed class DuckDbAppender : IDisposable
{
    private readonly DuckDbAppenderHandle handle;
    private readonly DuckDbAppenderRow row;
    private bool closed;

    internal DuckDbAppender(DuckDbConnectionHandle connection, string? schema, string table)
    {
        var state = NativeMethods.CreateAppender(connection, null, schema, table, out var pointer);
        handle = new DuckDbAppenderHandle(pointer);
        if (state != DuckDbState.Success)
        {
            var error = ErrorText();
            handle.Dispose();
            throw new DuckDbException(error ?? $"DuckDB could not create an appender for table '{table}'.");
        }

        row = new DuckDbAppenderRow(this);
    }

    internal DuckDbAppenderHandle Handle
    {
        get
        {
            ObjectDisposedException.ThrowIf(closed, this);
            return handle;
        }
    }

    /// <summary>Starts the next row. The row object is reused: finish each row with EndRow.</summary>
    public DuckDbAppenderRow CreateRow()
    {
        ObjectDisposedException.ThrowIf(closed, this);
        return row;
    }

    /// <summary>Writes the buffered rows to the table; constraint violations surface here.</summary>
    public void Flush() => ThrowOnError(NativeMethods.FlushAppender(Handle));

    /// <summary>Flushes and releases the appender. Calling it again does nothing.</summary>
    public void Close()
    {
        if (closed)
        {
            return;
        }

        try
        {
            ThrowOnError(NativeMethods.CloseAppender(handle));
        }
        finally
        {
            closed = true;
            handle.Dispose();
        }
    }

    /// <summary>Same as <see cref="Close"/>: throws if the final flush fails, so a bad load is never silent.</summary>
    public void Dispose() => Close();

    internal void ThrowOnError(DuckDbState state)
    {
        if (state != DuckDbState.Success)
        {
            throw new DuckDbException(ErrorText() ?? "The DuckDB appender failed without a message.");
        }
    }

    private string? ErrorText() => NativeText.Borrowed(NativeMethods.AppenderError(handle));
}
