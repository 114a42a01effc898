using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>The year of a table's figures when its columns name none: the one year its caption names, else the report's.</summary>
public class IndicatorTableYearTests
{
    private static List<(IndicatorValueKind Kind, int Year)> Figures(string caption) =>
        [.. Report.Extract(
                "Tabel 3.4",
                caption,
                "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
                "1\tIndeks Kepuasan Masyarakat\tIndeks\t80\t81,20\t101,50")
            .Indicators.Where(v => v.Source.Line == Report.Line(4)).Select(v => (v.Kind, v.Year))];

    [Fact]
    public void Last_years_measurement_named_by_its_caption_is_of_last_year()
    {
        Assert.Equal(
            [(IndicatorValueKind.Target, 2022), (IndicatorValueKind.Realization, 2022), (IndicatorValueKind.ReportedCapaian, 2022)],
            Figures("Capaian Kinerja Kecamatan Teluk Indah Tahun 2022"));
    }

    [Theory]
    [InlineData("Capaian Kinerja Tahun 2023")]
    [InlineData("Capaian Kinerja Tahun 2023 dibandingkan Tahun 2022")]
    [InlineData("Capaian Kinerja terhadap Renstra 2021-2026")]
    public void A_caption_naming_the_report_year_several_years_or_a_period_leaves_the_report_year(string caption)
    {
        Assert.All(Figures(caption), f => Assert.Equal(2023, f.Year));
    }

    [Fact]
    public void Next_years_agreement_annexed_to_the_report_gives_next_years_targets()
    {
        var result = Report.Extract(
            "LAMPIRAN 2",
            "PERJANJIAN KINERJA TAHUN 2024",
            "No\tSasaran Strategis\tIndikator Kinerja\tTarget",
            "1\tMeningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat\t84");

        var target = Assert.Single(result.Indicators, v => v.Source.Line == Report.Line(4));
        Assert.Equal((IndicatorValueKind.Target, 2024), (target.Kind, target.Year));
    }

    [Fact]
    public void A_capaian_of_a_year_marked_in_percent_stays_a_capaian_beside_another_years_realization()
    {
        var result = Report.Extract(
            "Tabel 3.4",
            "Capaian Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tRealisasi 2022\tTarget 2023\tCapaian 2023 (%)",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t79,80\t80\t101,50");

        Assert.Equal(
            [(IndicatorValueKind.Realization, 2022, 79.80m), (IndicatorValueKind.Target, 2023, 80m), (IndicatorValueKind.ReportedCapaian, 2023, 101.50m)],
            result.Indicators.Where(v => v.Source.Line == Report.Line(4)).Select(v => (v.Kind, v.Year, v.Value!.Value)));
    }

    [Theory]
    [InlineData("93,02", IndicatorValueKind.Realization)]
    [InlineData("109,44", IndicatorValueKind.ReportedCapaian)]
    public void Capaian_of_each_year_alone_holds_realizations_when_the_report_years_figure_is_the_realization_given_before(string printed, IndicatorValueKind expected)
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
            "1\tMeningkatnya kecepatan penanganan kebakaran\tTingkat waktu tanggap daerah layanan WMK\t85%\t93,02%\t109,44%",
            string.Empty,
            "Tabel 3.3",
            "Perbandingan Kinerja Tahun 2021-2023",
            "No\tIndikator\tSatuan\tCapaian 2021\tCapaian 2022\tCapaian 2023",
            $"1\tTingkat waktu tanggap daerah layanan WMK\t%\t88,00\t90,50\t{printed}");

        var compared = result.Indicators.Where(v => v.Source.Line == Report.Line(8)).ToList();
        Assert.Equal([2021, 2022, 2023], compared.Select(v => v.Year));
        Assert.All(compared, v => Assert.Equal(expected, v.Kind));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsTable);
    }

    [Fact]
    public void A_group_headed_tahun_anggaran_is_a_year_of_figures_not_money()
    {
        var result = Report.Extract(
            "Tabel 3.4",
            "Perbandingan Capaian Kinerja",
            "No\tIndikator Kinerja\tSatuan\tTahun Anggaran 2022\t\t\tTahun Anggaran 2023\t\t",
            "\t\t\tTarget\tRealisasi\t%\tTarget\tRealisasi\t%",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t78\t79,80\t102,31\t80\t81,20\t101,50");

        Assert.Equal(
            [(IndicatorValueKind.Target, 2022), (IndicatorValueKind.Realization, 2022), (IndicatorValueKind.ReportedCapaian, 2022),
             (IndicatorValueKind.Target, 2023), (IndicatorValueKind.Realization, 2023), (IndicatorValueKind.ReportedCapaian, 2023)],
            result.Indicators.Where(v => v.Source.Line == Report.Line(5)).Select(v => (v.Kind, v.Year)));
        Assert.Empty(result.Budget);
    }
}
