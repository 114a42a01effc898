using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>"98 persen": a percentage written with the word in a table cell instead of the sign.</summary>
public class PercentWordTests
{
    [Theory]
    [InlineData("98 persen", 98, null)]
    [InlineData("72,1 Persen", 72.1, null)]
    [InlineData("B (80 persen)", 80, "B")]
    public void A_figure_followed_by_the_word_persen_is_a_percentage(string cell, decimal number, string? grade)
    {
        Assert.True(CellValue.TryParse(cell, out var value));

        Assert.Equal(number, value.Number);
        Assert.True(value.IsPercent);
        Assert.Equal(grade, value.Grade);
        Assert.Equal(cell, value.Printed);
    }

    [Fact]
    public void Targets_and_realizations_printed_with_the_word_persen_are_read()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Indikator Kinerja Tahun 2023",
            string.Empty,
            "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
            "1\tIndeks Kepuasan Masyarakat\tB (80 persen)\tB (82,5 persen)\t103,13 persen",
            "2\tPersentase Rekomendasi yang Ditindaklanjuti\t98 persen\t95 persen\t96,94 persen");

        Assert.Equal(
            [(IndicatorValueKind.Target, 80m), (IndicatorValueKind.Realization, 82.5m), (IndicatorValueKind.ReportedCapaian, 103.13m),
                (IndicatorValueKind.Target, 98m), (IndicatorValueKind.Realization, 95m), (IndicatorValueKind.ReportedCapaian, 96.94m)],
            result.Indicators.Select(v => (v.Kind, v.Value!.Value)));
    }
}
