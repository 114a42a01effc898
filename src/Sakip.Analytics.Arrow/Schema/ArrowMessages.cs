using Sakip.Analytics.Arrow.FlatBuffers;

namespace Sakip.Analytics.Arrow.Schema;

/// <summary>The Message.fbs tables of the IPC format (metadata version V5).</summary>
internal static class ArrowMessages
{
    private const short MetadataVersionV5 = 4;
    private const byte SchemaHeader = 1;
    private const byte RecordBatchHeader = 3;

    public static FlatTable Schema(IReadOnlyList<ArrowColumn> columns)
    {
        var fields = columns.Select(c => FlatTable.Of(
            new OffsetField(new FlatString(c.Name)),
            ScalarField.Bool(true),
            ScalarField.Byte(c.Type.UnionType),
            new OffsetField(c.Type.Table),
            null,
            new OffsetField(new FlatTableVector([])))).ToList();
        var schema = FlatTable.Of(ScalarField.Short(0), new OffsetField(new FlatTableVector(fields)));
        return Message(SchemaHeader, schema, bodyLength: 0);
    }

    public static FlatTable RecordBatch(long length, IReadOnlyList<(long Length, long NullCount)> nodes, IReadOnlyList<(long Offset, long Length)> buffers, long bodyLength)
    {
        var batch = FlatTable.Of(
            ScalarField.Long(length),
            new OffsetField(new FlatStructVector(Longs(nodes.SelectMany(n => new[] { n.Length, n.NullCount })), nodes.Count, 16)),
            new OffsetField(new FlatStructVector(Longs(buffers.SelectMany(b => new[] { b.Offset, b.Length })), buffers.Count, 16)));
        return Message(RecordBatchHeader, batch, bodyLength);
    }

    private static FlatTable Message(byte headerType, FlatTable header, long bodyLength) => FlatTable.Of(
        ScalarField.Short(MetadataVersionV5),
        ScalarField.Byte(headerType),
        new OffsetField(header),
        ScalarField.Long(bodyLength));

    private static byte[] Longs(IEnumerable<long> values) => values.SelectMany(BitConverter.GetBytes).ToArray();
}
