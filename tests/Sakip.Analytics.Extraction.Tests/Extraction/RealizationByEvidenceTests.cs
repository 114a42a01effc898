using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>A figure column between the target and the capaian, headed in words of its own, that the capaian is worked out from.</summary>
public class RealizationByEvidenceTests
{
    private static List<(IndicatorValueKind, decimal)> Measured(string header, string first = "88,24", string second = "0,45") =>
        [.. Report.ExtractOfDinas(
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            $"No\tIndikator Kinerja\tSatuan\tTarget\t{header}\tCapaian (%)",
            $"1\tPersentase tingkat waktu tanggap (response time rate) di WMK\t%\t85\t{first}\t103,81",
            $"2\tRata-rata waktu tanggap penanganan kebakaran\tmenit\t15\t12\t125,00",
            $"3\tRasio pos pemadam kebakaran per WMK\tRasio\t0,50\t{second}\t90,00")
            .Indicators.Where(v => v.Source.Line == Report.Line(4)).Select(v => (v.Kind, v.Value!.Value))];

    [Theory]
    [InlineData("Hasil")]
    [InlineData("Kinerja 2023")]
    [InlineData("Kinerja Tahun 2023")]
    public void A_column_the_capaian_is_worked_out_from_is_the_realization(string header)
    {
        Assert.Equal([(IndicatorValueKind.Target, 85m), (IndicatorValueKind.Realization, 88.24m), (IndicatorValueKind.ReportedCapaian, 103.81m)], Measured(header));
    }

    [Fact]
    public void A_column_the_capaian_is_not_worked_out_from_is_left_alone()
    {
        Assert.Equal([(IndicatorValueKind.Target, 85m), (IndicatorValueKind.ReportedCapaian, 103.81m)], Measured("Bobot", "30", "40"));
    }
}
