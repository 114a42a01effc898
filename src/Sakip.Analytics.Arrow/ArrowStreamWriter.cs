using System.Buffers.Binary;
using Sakip.Analytics.Arrow.FlatBuffers;
using Sakip.Analytics.Arrow.Schema;

namespace Sakip.Analytics.Arrow;

/// <summary>
/// Writes columns as an Arrow IPC stream (schema message, one record batch, end-of-stream marker),
/// readable by any Arrow implementation (pyarrow, arrow-js, DuckDB's arrow reader).
/// </summary>
public static class ArrowStreamWriter
{
    private const uint Continuation = 0xFFFFFFFF;

    public static void Write(Stream output, IReadOnlyList<ArrowColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        var length = columns.Count == 0 ? 0 : columns[0].Length;
        if (columns.Any(c => c.Length != length))
        {
            throw new ArgumentException("All columns must have the same length.", nameof(columns));
        }

        WriteMessage(output, ArrowMessages.Schema(columns), []);
        var body = new RecordBatchBody();
        foreach (var column in columns)
        {
            body.AddColumn(column);
        }

        var message = ArrowMessages.RecordBatch(length, body.Nodes, body.Buffers, body.Bytes.Length);
        WriteMessage(output, message, body.Bytes);
        WriteUInt(output, Continuation);
        WriteUInt(output, 0);
    }

    private static void WriteMessage(Stream output, FlatTable message, byte[] body)
    {
        var metadata = FlatBufferWriter.Serialize(message);
        var padded = (metadata.Length + 7) / 8 * 8;
        WriteUInt(output, Continuation);
        WriteUInt(output, (uint)padded);
        output.Write(metadata);
        output.Write(new byte[padded - metadata.Length]);
        output.Write(body);
    }

    private static void WriteUInt(Stream output, uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        output.Write(bytes);
    }
}
