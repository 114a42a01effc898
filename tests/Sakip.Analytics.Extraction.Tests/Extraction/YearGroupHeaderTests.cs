using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>"Target | Realisasi | %" repeated under each year of a three-year comparison, as PDF conversion leaves it.</summary>
public class YearGroupHeaderTests
{
    [Theory]
    [InlineData("No\tIndikator Kinerja\tSatuan\t2021\t\t\t2022\t\t\t2023", "Target\tRealisasi\t%\tTarget\tRealisasi\t%\tTarget\tRealisasi\t%")]
    [InlineData("No\tIndikator Kinerja\tSatuan\t2021\t\t\t2022\t\t\t2023", "\t\tTarget\tRealisasi\t%\tTarget\tRealisasi\t%\tTarget\tRealisasi\t%")]
    [InlineData("No\tIndikator Kinerja\tSatuan\t2021\t2022\t2023", "\t\t\tTarget\tRealisasi\t%\tTarget\tRealisasi\t%\tTarget\tRealisasi\t%")]
    [InlineData("No\tIndikator Kinerja\tSatuan\tTahun 2021\tTahun 2022\tTahun 2023", "T\tR\t%\tT\tR\t%\tT\tR\t%")]
    public void A_sub_header_repeated_under_each_year_lines_up_with_its_year_wherever_the_conversion_left_it(string years, string subHeader)
    {
        var result = Report.Extract(
            "Tabel 3.4",
            "Perbandingan Realisasi Kinerja Tiga Tahun Terakhir",
            years,
            subHeader,
            "1\tWaktu tanggap (response time) penanganan kebakaran\tMenit\t15\t14\t106,67\t15\t13\t113,33\t15\t12\t120,00");

        Assert.Equal(
            [
                (2021, IndicatorValueKind.Target, "15"), (2021, IndicatorValueKind.Realization, "14"), (2021, IndicatorValueKind.ReportedCapaian, "106,67"),
                (2022, IndicatorValueKind.Target, "15"), (2022, IndicatorValueKind.Realization, "13"), (2022, IndicatorValueKind.ReportedCapaian, "113,33"),
                (2023, IndicatorValueKind.Target, "15"), (2023, IndicatorValueKind.Realization, "12"), (2023, IndicatorValueKind.ReportedCapaian, "120,00"),
            ],
            result.Indicators.Where(v => v.Source.Line == Report.Line(5)).Select(v => (v.Year, v.Kind, v.Text)).ToList());
    }

    [Fact]
    public void Years_printed_side_by_side_spread_over_their_groups_and_move_the_columns_after_them()
    {
        var result = Report.Extract(
            "Tabel 3.4",
            "Perbandingan Realisasi Kinerja Tahun 2022 dan 2023",
            "No\tIndikator Kinerja\t2022\t2023\tKeterangan",
            "\t\tRealisasi\tCapaian\tRealisasi\tCapaian",
            "1\tPersentase cakupan wilayah manajemen kebakaran\t66\t101,54\t71\t101,43\tMeningkat");

        Assert.Equal(
            [
                (2022, IndicatorValueKind.Realization, "66"), (2022, IndicatorValueKind.ReportedCapaian, "101,54"),
                (2023, IndicatorValueKind.Realization, "71"), (2023, IndicatorValueKind.ReportedCapaian, "101,43"),
            ],
            result.Indicators.Where(v => v.Source.Line == Report.Line(5)).Select(v => (v.Year, v.Kind, v.Text)).ToList());
    }

    [Theory]
    [InlineData("\t\t\t2021\t2022\t2023\t2024\t2025\t2026")]
    [InlineData("\t2021\t2022\t2023\t2024\t2025\t2026")]
    public void Years_printed_one_cell_off_under_the_group_that_spans_them_start_where_the_group_does(string years)
    {
        var result = Report.Extract(
            "Tabel 3.4",
            "Realisasi Kinerja sampai dengan Tahun 2023 dibandingkan Target Akhir Renstra",
            "No\tIndikator Kinerja\tTarget Renstra\t\t\t\t\t\tRealisasi s.d. 2023\tCapaian terhadap Target Akhir Renstra (%)",
            years,
            "1\tIndeks Kepuasan Masyarakat\t80\t81\t82\t83\t84\t85\t84,12\t98,96");

        var renstra = result.Indicators.Where(v => v.Kind == IndicatorValueKind.RenstraTarget).Select(v => (v.Year, v.Text)).ToList();
        Assert.Equal([(2021, "80"), (2022, "81"), (2023, "82"), (2024, "83"), (2025, "84"), (2026, "85")], renstra);
        Assert.Contains(result.Indicators, v => v is { Kind: IndicatorValueKind.Realization, Year: 2023, Text: "84,12" });
    }
}
