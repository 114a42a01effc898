namespace Sakip.Analytics.Arrow;

/// <summary>One column of a record batch: its Arrow type and its values (null allowed where nullable).</summary>
public abstract record ArrowColumn(string Name)
{
    public abstract int Length { get; }

    internal abstract Schema.ArrowType Type { get; }

    internal abstract bool IsNull(int row);
}

public sealed record Utf8Column(string Name, IReadOnlyList<string?> Values) : ArrowColumn(Name)
{
    public override int Length => Values.Count;

    internal override Schema.ArrowType Type => Schema.ArrowType.Utf8;

    internal override bool IsNull(int row) => Values[row] is null;
}

public sealed record Int32Column(string Name, IReadOnlyList<int?> Values) : ArrowColumn(Name)
{
    public override int Length => Values.Count;

    internal override Schema.ArrowType Type => Schema.ArrowType.Int32;

    internal override bool IsNull(int row) => Values[row] is null;
}

public sealed record Int64Column(string Name, IReadOnlyList<long?> Values) : ArrowColumn(Name)
{
    public override int Length => Values.Count;

    internal override Schema.ArrowType Type => Schema.ArrowType.Int64;

    internal override bool IsNull(int row) => Values[row] is null;
}

public sealed record Float64Column(string Name, IReadOnlyList<double?> Values) : ArrowColumn(Name)
{
    public override int Length => Values.Count;

    internal override Schema.ArrowType Type => Schema.ArrowType.Float64;

    internal override bool IsNull(int row) => Values[row] is null;
}

/// <summary>Exact decimals as Arrow Decimal128(38, <see cref="Scale"/>).</summary>
public sealed record DecimalColumn(string Name, IReadOnlyList<decimal?> Values, int Scale) : ArrowColumn(Name)
{
    public override int Length => Values.Count;

    internal override Schema.ArrowType Type => Schema.ArrowType.Decimal(38, Scale);

    internal override bool IsNull(int row) => Values[row] is null;
}
