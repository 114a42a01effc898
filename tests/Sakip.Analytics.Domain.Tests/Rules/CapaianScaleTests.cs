using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;

namespace Sakip.Analytics.Domain.Tests.Rules;

public class CapaianScaleTests
{
    // As printed by Kecamatan Sumbersari (Jember) 2021: Lebih dari 100%, 76% s/d 100%, 55% s/d 75%, Kurang dari 55%.
    private static readonly CapaianScale Jember = CapaianScale.FromBands(
    [
        ("Sangat Baik", 100m, null),
        ("Baik", 76m, 100m),
        ("Cukup", 55m, 75m),
        ("Kurang", null, 55m),
    ]);

    [Theory]
    [InlineData(94.71, "Sangat Tinggi")]
    [InlineData(91, "Sangat Tinggi")]
    [InlineData(112.63, "Sangat Tinggi")]
    [InlineData(90.5, "Tinggi")]
    [InlineData(90, "Tinggi")]
    [InlineData(76, "Tinggi")]
    [InlineData(75.99, "Sedang")]
    [InlineData(66, "Sedang")]
    [InlineData(65.5, "Rendah")]
    [InlineData(51, "Rendah")]
    [InlineData(50.5, "Sangat Rendah")]
    [InlineData(50, "Sangat Rendah")]
    [InlineData(0, "Sangat Rendah")]
    public void Permendagri_scale_fills_printed_gaps_with_the_lower_band(double capaian, string label)
    {
        Assert.Equal(label, CapaianScale.Permendagri86Of2017.Classify((decimal)capaian));
    }

    [Theory]
    [InlineData(100.01, "Sangat Baik")]
    [InlineData(100, "Baik")]
    [InlineData(90.13, "Baik")]
    [InlineData(76, "Baik")]
    [InlineData(75.5, "Cukup")]
    [InlineData(72.1, "Cukup")] // the SKM capaian Sumbersari printed, which it nonetheless called Baik
    [InlineData(55, "Cukup")]
    [InlineData(54.99, "Kurang")]
    public void Jember_scale_keeps_shared_bounds_in_the_two_sided_band(double capaian, string label)
    {
        Assert.Equal(label, Jember.Classify((decimal)capaian));
    }

    [Fact]
    public void Scale_from_imported_bands_classifies_like_the_printed_one()
    {
        var origin = new TemplateRow("capaian_scales.csv", 2);
        var scale = CapaianScale.FromBands(
        [
            new CapaianScaleBand("kabupaten-jember", "Kurang", null, 55m, origin),
            new CapaianScaleBand("kabupaten-jember", "Sangat Baik", 100m, null, origin),
            new CapaianScaleBand("kabupaten-jember", "Cukup", 55m, 75m, origin),
            new CapaianScaleBand("kabupaten-jember", "Baik", 76m, 100m, origin),
        ]);

        Assert.Equal(["Sangat Baik", "Baik", "Cukup", "Kurang"], scale.Bands.Select(b => b.Label));
        Assert.Equal("Baik", scale.Classify(100m));
    }

    [Fact]
    public void Value_below_a_closed_bottom_band_has_no_category()
    {
        var scale = CapaianScale.FromBands([("Baik", 50m, null), ("Kurang", 0m, 49m)]);

        Assert.Equal("Kurang", scale.Classify(0m));
        Assert.Equal("Kurang", scale.Classify(49.5m));
        Assert.Null(scale.Classify(-1m));
    }

    [Theory]
    [InlineData("overlap")]
    [InlineData("inverted")]
    [InlineData("two open tops")]
    [InlineData("same start")]
    [InlineData("empty")]
    public void Malformed_scales_are_rejected(string defect)
    {
        (string, decimal?, decimal?)[] bands = defect switch
        {
            "overlap" => [("A", 70m, null), ("B", null, 80m)],
            "inverted" => [("A", 80m, 70m)],
            "two open tops" => [("A", 70m, null), ("B", 50m, null)],
            "same start" => [("A", 50m, 100m), ("B", 50m, 60m)],
            _ => [],
        };

        Assert.Throws<ArgumentException>(() => CapaianScale.FromBands(bands));
    }
}
