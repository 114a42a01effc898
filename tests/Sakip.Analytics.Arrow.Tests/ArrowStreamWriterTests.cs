using System.Text.Json;

namespace Sakip.Analytics.Arrow.Tests;

public sealed class ArrowStreamWriterTests
{
    [Fact]
    public void Apache_arrow_reads_back_every_type_with_nulls_and_exact_decimals()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("sakip-arrow-").FullName, "facts.arrow");
        using (var stream = File.Create(file))
        {
            ArrowStreamWriter.Write(stream,
            [
                new Utf8Column("unit", ["kecamatan-sei-balai", null, "Kecamatan Sumbersari – ü"]),
                new Int32Column("year", [2023, 2022, null]),
                new Int64Column("batch", [1, null, 9_000_000_000]),
                new Float64Column("ratio", [0.5, null, -2.25]),
                new DecimalColumn("value", [70.15m, 3220156.000001m, null], Scale: 6),
            ]);
        }

        var read = ArrowJs.Read(file);

        Assert.Equal(3, read.GetProperty("numRows").GetInt32());
        Assert.Equal(["unit", "year", "batch", "ratio", "value"], read.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        var rows = read.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal("kecamatan-sei-balai", rows[0].GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("unit").ValueKind);
        Assert.Equal("Kecamatan Sumbersari – ü", rows[2].GetProperty("unit").GetString());
        Assert.Equal(2022, rows[1].GetProperty("year").GetInt32());
        Assert.Equal(JsonValueKind.Null, rows[2].GetProperty("year").ValueKind);
        Assert.Equal("9000000000", rows[2].GetProperty("batch").GetString());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("batch").ValueKind);
        Assert.Equal(-2.25, rows[2].GetProperty("ratio").GetDouble());
        Assert.Equal("70150000", rows[0].GetProperty("value").GetProperty("unscaled").GetString());
        Assert.Equal("3220156000001", rows[1].GetProperty("value").GetProperty("unscaled").GetString());
        Assert.Equal(6, rows[1].GetProperty("value").GetProperty("scale").GetInt32());
        Assert.Equal(JsonValueKind.Null, rows[2].GetProperty("value").ValueKind);
    }

    [Fact]
    public void An_empty_batch_is_a_valid_stream()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("sakip-arrow-").FullName, "empty.arrow");
        using (var stream = File.Create(file))
        {
            ArrowStreamWriter.Write(stream, [new Utf8Column("unit", []), new DecimalColumn("value", [], 2)]);
        }

        Assert.Equal(0, ArrowJs.Read(file).GetProperty("numRows").GetInt32());
    }

    [Fact]
    public void A_decimal_with_more_digits_than_the_scale_is_refused_not_rounded()
    {
        using var stream = new MemoryStream();

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ArrowStreamWriter.Write(stream, [new DecimalColumn("value", [0.125m], Scale: 2)]));
    }

    [Fact]
    public void Columns_of_different_lengths_are_refused()
    {
        using var stream = new MemoryStream();

        Assert.Throws<ArgumentException>(() =>
            ArrowStreamWriter.Write(stream, [new Int32Column("a", [1]), new Int32Column("b", [1, 2])]));
    }
}
