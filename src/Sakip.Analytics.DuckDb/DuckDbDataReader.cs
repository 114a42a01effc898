using System.Collections;
using System.Data.Common;
using Sakip.Analytics.DuckDb.Native;
using Sakip.Analytics.DuckDb.Reading;

namespace Sakip.Analytics.DuckDb;

/// <summary>
/// Reads a materialized DuckDB result chunk by chunk (up to 2048 rows each), reading values
/// straight from the chunk's vectors. The result belongs to the reader alone, so the connection
/// may run other commands while it is open. One result set per command (the last statement's).
/// </summary>
public sealed partial class DuckDbDataReader : DbDataReader
{
    private readonly DuckDbResultHandle result;
    private readonly DuckDbConnection? connectionToClose;
    private readonly string[] names;
    private readonly VectorReader[] columns;
    private DuckDbDataChunkHandle? chunk;
    private int chunkSize;
    private int row = -1;
    private bool exhausted;
    private bool closed;

    private DuckDbDataReader(DuckDbResultHandle result, DuckDbConnection? connectionToClose)
    {
        this.result = result;
        this.connectionToClose = connectionToClose;
        var count = (int)NativeMethods.ColumnCount(result);
        names = new string[count];
        columns = new VectorReader[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = NativeText.Borrowed(NativeMethods.ColumnName(result, (ulong)i)) ?? string.Empty;
            using var type = new DuckDbLogicalTypeHandle(NativeMethods.ColumnLogicalType(result, (ulong)i));
            columns[i] = VectorReaderFactory.Create(type);
        }

        RecordsAffected = NativeMethods.ResultReturnType(result.Value) == DuckDbResultType.ChangedRows
            ? (int)NativeMethods.RowsChanged(result)
            : -1;
        // Fetching the first chunk up front is what lets HasRows answer before Read.
        HasRows = FetchNextChunk();
    }

    public override int Depth => 0;

    public override int FieldCount => columns.Length;

    public override bool HasRows { get; }

    public override bool IsClosed => closed;

    public override int RecordsAffected { get; }

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override bool NextResult() => false;

    public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);

    public override void Close()
    {
        if (closed)
        {
            return;
        }

        closed = true;
        chunk?.Dispose();
        chunk = null;
        result.Dispose();
        connectionToClose?.Close();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close();
        }

        base.Dispose(disposing);
    }

    /// <summary>Takes ownership of <paramref name="result"/>: it is destroyed even if opening fails.</summary>
    internal static DuckDbDataReader Open(DuckDbResultHandle result, DuckDbConnection? connectionToClose)
    {
        try
        {
            return new DuckDbDataReader(result, connectionToClose);
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }
}
