using Sakip.Analytics.DuckDb.Native;

namespace Sakip.Analytics.DuckDb.Execution;

/// <summary>
/// The statements of one CommandText, split by DuckDB's own parser. Each statement is prepared
/// only when it is about to run, because a later statement may use a table an earlier one
/// creates (migration scripts do). Once prepared, a statement is kept for re-execution.
/// </summary>
internal sealed class StatementBatch : IDisposable
{
    private readonly DuckDbConnectionHandle connection;
    private readonly DuckDbExtractedStatementsHandle extracted;
    private readonly PreparedStatement?[] prepared;

    private StatementBatch(DuckDbConnectionHandle connection, DuckDbExtractedStatementsHandle extracted, int count)
    {
        this.connection = connection;
        this.extracted = extracted;
        prepared = new PreparedStatement?[count];
    }

    internal int Count => prepared.Length;

    internal DuckDbConnectionHandle Connection => connection;

    internal static StatementBatch Parse(DuckDbConnectionHandle connection, string sql)
    {
        var count = NativeMethods.ExtractStatements(connection, sql, out var pointer);
        var extracted = new DuckDbExtractedStatementsHandle(pointer);
        var error = NativeText.Borrowed(NativeMethods.ExtractStatementsError(extracted));
        if (error is not null)
        {
            extracted.Dispose();
            throw new DuckDbException(error);
        }

        return new StatementBatch(connection, extracted, checked((int)count));
    }

    internal PreparedStatement Statement(int index) => prepared[index] ??= Prepare(index);

    public void Dispose()
    {
        foreach (var statement in prepared)
        {
            statement?.Dispose();
        }

        extracted.Dispose();
    }

    private PreparedStatement Prepare(int index)
    {
        var state = NativeMethods.PrepareExtractedStatement(connection, extracted, (ulong)index, out var pointer);
        var handle = new DuckDbPreparedStatementHandle(pointer);
        if (state != DuckDbState.Success)
        {
            var error = handle.IsInvalid ? null : NativeText.Borrowed(NativeMethods.PrepareError(handle));
            handle.Dispose();
            throw new DuckDbException(error ?? "DuckDB could not prepare the statement.");
        }

        return new PreparedStatement(handle);
    }
}
