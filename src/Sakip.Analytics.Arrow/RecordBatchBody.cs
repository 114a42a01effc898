using System.Buffers.Binary;
using System.Text;

namespace Sakip.Analytics.Arrow;

/// <summary>The body of a record batch: per column a validity bitmap and its value buffers, each 8-aligned.</summary>
internal sealed class RecordBatchBody
{
    private readonly MemoryStream body = new();

    public List<(long Length, long NullCount)> Nodes { get; } = [];

    public List<(long Offset, long Length)> Buffers { get; } = [];

    public byte[] Bytes => body.ToArray();

    public void AddColumn(ArrowColumn column)
    {
        var nulls = Enumerable.Range(0, column.Length).Count(column.IsNull);
        Nodes.Add((column.Length, nulls));
        AddBuffer(Validity(column));
        switch (column)
        {
            case Utf8Column text:
                AddUtf8(text);
                break;
            case Int32Column ints:
                AddBuffer(Fixed(ints.Values, 4, (span, v) => BinaryPrimitives.WriteInt32LittleEndian(span, v ?? 0)));
                break;
            case Int64Column longs:
                AddBuffer(Fixed(longs.Values, 8, (span, v) => BinaryPrimitives.WriteInt64LittleEndian(span, v ?? 0)));
                break;
            case Float64Column doubles:
                AddBuffer(Fixed(doubles.Values, 8, (span, v) => BinaryPrimitives.WriteDoubleLittleEndian(span, v ?? 0)));
                break;
            case DecimalColumn decimals:
                AddBuffer(Fixed(decimals.Values, 16, (span, v) => BinaryPrimitives.WriteInt128LittleEndian(span, Unscaled(v ?? 0, decimals.Scale))));
                break;
            default:
                throw new NotSupportedException(column.GetType().Name);
        }
    }

    /// <summary>The decimal's digits at the column's scale; a value with more decimals is refused, never rounded.</summary>
    internal static Int128 Unscaled(decimal value, int scale)
    {
        var scaled = value;
        for (var i = 0; i < scale; i++)
        {
            scaled *= 10;
        }

        if (decimal.Truncate(scaled) != scaled)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"has more than {scale} decimals");
        }

        var truncated = decimal.Truncate(scaled);
        return (Int128)truncated;
    }

    private void AddUtf8(Utf8Column column)
    {
        var offsets = new byte[4 * (column.Length + 1)];
        using var data = new MemoryStream();
        for (var i = 0; i < column.Length; i++)
        {
            if (column.Values[i] is { } value)
            {
                data.Write(Encoding.UTF8.GetBytes(value));
            }

            BinaryPrimitives.WriteInt32LittleEndian(offsets.AsSpan(4 * (i + 1)), checked((int)data.Length));
        }

        AddBuffer(offsets);
        AddBuffer(data.ToArray());
    }

    private static byte[] Validity(ArrowColumn column)
    {
        var bitmap = new byte[(column.Length + 7) / 8];
        for (var i = 0; i < column.Length; i++)
        {
            if (!column.IsNull(i))
            {
                bitmap[i / 8] |= (byte)(1 << (i % 8));
            }
        }

        return bitmap;
    }

    private static byte[] Fixed<T>(IReadOnlyList<T> values, int width, SpanAction<T> write)
    {
        var bytes = new byte[width * values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            write(bytes.AsSpan(i * width, width), values[i]);
        }

        return bytes;
    }

    private void AddBuffer(byte[] bytes)
    {
        Buffers.Add((body.Position, bytes.Length));
        body.Write(bytes);
        var padding = (int)((8 - (body.Position % 8)) % 8);
        body.Write(new byte[padding]);
    }

    private delegate void SpanAction<in T>(Span<byte> span, T value);
}
