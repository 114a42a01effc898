namespace Sakip.Analytics.Arrow.FlatBuffers;

/// <summary>
/// A FlatBuffers object to serialize: just enough of the format for Arrow's IPC metadata
/// (tables with scalar, offset and union fields, strings, vectors of tables and of structs).
/// </summary>
internal abstract record FlatNode;

/// <summary>A table; <see cref="Fields"/> is indexed by field id, null for an absent field.</summary>
internal sealed record FlatTable(IReadOnlyList<FlatField?> Fields) : FlatNode
{
    public static FlatTable Of(params FlatField?[] fields) => new(fields);

    public static readonly FlatTable Empty = new(Array.Empty<FlatField?>());
}

internal sealed record FlatString(string Value) : FlatNode;

internal sealed record FlatTableVector(IReadOnlyList<FlatTable> Items) : FlatNode;

/// <summary>A vector of fixed-size structs, already encoded little-endian, each <see cref="ElementSize"/> bytes.</summary>
internal sealed record FlatStructVector(byte[] Data, int Count, int ElementSize) : FlatNode;

internal abstract record FlatField;

/// <summary>An inline scalar, little-endian, aligned to its own size.</summary>
internal sealed record ScalarField(byte[] Bytes) : FlatField
{
    public static ScalarField Byte(byte value) => new([value]);

    public static ScalarField Bool(bool value) => new([value ? (byte)1 : (byte)0]);

    public static ScalarField Short(short value) => new(BitConverter.GetBytes(value));

    public static ScalarField Int(int value) => new(BitConverter.GetBytes(value));

    public static ScalarField Long(long value) => new(BitConverter.GetBytes(value));
}

/// <summary>A 32-bit forward offset to another object.</summary>
internal sealed record OffsetField(FlatNode Target) : FlatField;
