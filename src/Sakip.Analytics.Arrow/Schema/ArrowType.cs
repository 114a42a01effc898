using Sakip.Analytics.Arrow.FlatBuffers;

namespace Sakip.Analytics.Arrow.Schema;

/// <summary>The Arrow types we write, as Schema.fbs encodes them (Type union member and its table).</summary>
internal sealed record ArrowType(byte UnionType, FlatTable Table)
{
    private const byte IntType = 2;
    private const byte FloatingPointType = 3;
    private const byte Utf8Type = 5;
    private const byte DecimalType = 7;
    private const short DoublePrecision = 2;

    public static readonly ArrowType Utf8 = new(Utf8Type, FlatTable.Empty);

    public static readonly ArrowType Int32 = new(IntType, FlatTable.Of(ScalarField.Int(32), ScalarField.Bool(true)));

    public static readonly ArrowType Int64 = new(IntType, FlatTable.Of(ScalarField.Int(64), ScalarField.Bool(true)));

    public static readonly ArrowType Float64 = new(FloatingPointType, FlatTable.Of(ScalarField.Short(DoublePrecision)));

    public static ArrowType Decimal(int precision, int scale) =>
        new(DecimalType, FlatTable.Of(ScalarField.Int(precision), ScalarField.Int(scale), ScalarField.Int(128)));
}
