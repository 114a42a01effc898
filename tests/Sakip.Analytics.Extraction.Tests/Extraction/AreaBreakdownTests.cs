using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>A dinas's indicator broken down by kecamatan: the row summing or averaging the areas is the dinas's own figure.</summary>
public class AreaBreakdownTests
{
    private static readonly string[] Measurement =
    [
        "Tabel 3.1",
        "Pengukuran Kinerja Tahun 2023",
        string.Empty,
        "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tWaktu tanggap penanganan kebakaran\tMenit\t15\t14\t106,67",
        string.Empty,
        "Tabel 3.2",
        "Waktu Tanggap Penanganan Kebakaran per Kecamatan Tahun 2023",
        string.Empty,
        "No\tKecamatan\tTarget (menit)\tRealisasi (menit)\tCapaian (%)",
        "1\tLandasan Ulin\t15\t16\t93,33",
        "2\tCempaka\t15\t12\t120,00",
    ];

    [Theory]
    [InlineData("Rata-rata")]
    [InlineData("Jumlah")]
    public void The_row_over_all_the_kecamatan_gives_the_dinas_its_target_realization_and_capaian(string label)
    {
        var result = Report.ExtractOfDinas([.. Measurement, $"\t{label}\t15\t14\t106,67", string.Empty]);

        var summary = result.Indicators.Where(v => v.Source.Line == Report.Line(13)).ToList();
        Assert.Equal(
            [(IndicatorValueKind.Target, 15m), (IndicatorValueKind.Realization, 14m), (IndicatorValueKind.ReportedCapaian, 106.67m)],
            summary.Select(v => (v.Kind, v.Value!.Value)));
        Assert.All(summary, v => Assert.Equal((result.Document.Unit, "Waktu tanggap penanganan kebakaran"), (v.Unit, v.Indicator)));
    }

    [Fact]
    public void The_kecamatan_rows_are_the_dinass_measurement_by_area_not_those_kecamatans_own_indicator()
    {
        var result = Report.ExtractOfDinas([.. Measurement, string.Empty]);

        Assert.DoesNotContain(result.Indicators, v => v.Source.Table == "Tabel 3.2");
        Assert.All(result.Indicators, v => Assert.Equal(result.Document.Unit, v.Unit));
    }

    [Fact]
    public void A_summary_row_differing_from_the_measurement_table_is_a_finding()
    {
        var result = Report.ExtractOfDinas([.. Measurement, "\tRata-rata\t15\t13\t113,33", string.Empty]);

        Assert.Contains(result.Findings, f => f.Kind == FindingKind.TableVsTable && f.Description.Contains("Tabel 3.2", StringComparison.Ordinal));
    }
}
