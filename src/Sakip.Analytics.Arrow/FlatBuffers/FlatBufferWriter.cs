namespace Sakip.Analytics.Arrow.FlatBuffers;

/// <summary>
/// Lays a FlatBuffers object graph out front to back: each object is written before the objects it
/// points to, so every uoffset is positive, and each table's vtable sits just before the table.
/// </summary>
internal sealed class FlatBufferWriter
{
    private readonly List<byte> buffer = [];

    public static byte[] Serialize(FlatTable root)
    {
        var writer = new FlatBufferWriter();
        writer.Pad(4);
        var rootPosition = writer.Write(root);
        writer.PatchOffset(0, rootPosition);
        return [.. writer.buffer];
    }

    private int Write(FlatNode node) => node switch
    {
        FlatTable table => WriteTable(table),
        FlatString text => WriteString(text.Value),
        FlatTableVector vector => WriteTableVector(vector),
        FlatStructVector vector => WriteStructVector(vector),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private int WriteTable(FlatTable table)
    {
        // Inline layout: a 4-byte soffset to the vtable, then each present field aligned to its size.
        var fieldOffsets = new ushort[table.Fields.Count];
        var size = 4;
        for (var i = 0; i < table.Fields.Count; i++)
        {
            var width = Width(table.Fields[i]);
            if (width == 0)
            {
                continue;
            }

            size = AlignUp(size, width);
            fieldOffsets[i] = (ushort)size;
            size += width;
        }

        size = AlignUp(size, 8);
        var vtableSize = 4 + (2 * table.Fields.Count);
        AlignTo(2);
        // The table must start 8-aligned right after the vtable (padding may sit between them).
        var vtablePosition = buffer.Count;
        var tablePosition = AlignUp(vtablePosition + vtableSize, 8);
        WriteUShort((ushort)vtableSize);
        WriteUShort((ushort)size);
        foreach (var offset in fieldOffsets)
        {
            WriteUShort(offset);
        }

        Pad(tablePosition - buffer.Count);
        Pad(size);
        SetUInt(tablePosition, (uint)(tablePosition - vtablePosition));

        var pending = new List<(int Position, FlatNode Target)>();
        for (var i = 0; i < table.Fields.Count; i++)
        {
            var position = tablePosition + fieldOffsets[i];
            switch (table.Fields[i])
            {
                case ScalarField scalar:
                    for (var b = 0; b < scalar.Bytes.Length; b++)
                    {
                        buffer[position + b] = scalar.Bytes[b];
                    }

                    break;
                case OffsetField offset:
                    pending.Add((position, offset.Target));
                    break;
            }
        }

        foreach (var (position, target) in pending)
        {
            PatchOffset(position, Write(target));
        }

        return tablePosition;
    }

    private int WriteString(string value)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(value);
        AlignTo(4);
        var position = buffer.Count;
        WriteUInt((uint)bytes.Length);
        buffer.AddRange(bytes);
        buffer.Add(0);
        return position;
    }

    private int WriteTableVector(FlatTableVector vector)
    {
        AlignTo(4);
        var position = buffer.Count;
        WriteUInt((uint)vector.Items.Count);
        var first = buffer.Count;
        Pad(4 * vector.Items.Count);
        for (var i = 0; i < vector.Items.Count; i++)
        {
            PatchOffset(first + (4 * i), Write(vector.Items[i]));
        }

        return position;
    }

    private int WriteStructVector(FlatStructVector vector)
    {
        // The elements (8-byte longs in Arrow's structs) must be 8-aligned; the length precedes them.
        while ((buffer.Count + 4) % 8 != 0)
        {
            buffer.Add(0);
        }

        var position = buffer.Count;
        WriteUInt((uint)vector.Count);
        buffer.AddRange(vector.Data);
        return position;
    }

    private static int Width(FlatField? field) => field switch
    {
        ScalarField scalar => scalar.Bytes.Length,
        OffsetField => 4,
        _ => 0,
    };

    private void PatchOffset(int position, int target) => SetUInt(position, (uint)(target - position));

    private void SetUInt(int position, uint value)
    {
        for (var i = 0; i < 4; i++)
        {
            buffer[position + i] = (byte)(value >> (8 * i));
        }
    }

    private void WriteUShort(ushort value)
    {
        buffer.Add((byte)value);
        buffer.Add((byte)(value >> 8));
    }

    private void WriteUInt(uint value)
    {
        for (var i = 0; i < 4; i++)
        {
            buffer.Add((byte)(value >> (8 * i)));
        }
    }

    private void AlignTo(int alignment) => Pad(AlignUp(buffer.Count, alignment) - buffer.Count);

    private void Pad(int count)
    {
        for (var i = 0; i < count; i++)
        {
            buffer.Add(0);
        }
    }

    private static int AlignUp(int value, int alignment) => (value + alignment - 1) / alignment * alignment;
}
