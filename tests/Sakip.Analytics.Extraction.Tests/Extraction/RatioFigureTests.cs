using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Figures printed as a ratio to one ("1 : 2.500"): one figure, the second term, of an indicator where lower is better.</summary>
public class RatioFigureTests
{
    private static readonly string[] Measurement =
    [
        "Tabel 3.1",
        "Pengukuran Kinerja Tahun 2023",
        "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tRasio petugas pemadam kebakaran per jumlah penduduk\tRasio\t1 : 2.500\t1 : 2.750\t90,91",
        "2\tRasio mobil pemadam per WMK\tRasio\t1:1\t1:1\t100",
        string.Empty,
    ];

    [Fact]
    public void A_ratio_to_one_in_a_table_cell_is_its_second_term_printed_as_the_ratio()
    {
        var result = Report.Extract(Measurement);

        var staff = result.Indicators.Where(v => v.Indicator.StartsWith("Rasio petugas", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [(IndicatorValueKind.Target, 2500m, "1 : 2.500"), (IndicatorValueKind.Realization, 2750m, "1 : 2.750"), (IndicatorValueKind.ReportedCapaian, 90.91m, "90,91")],
            staff.Select(v => (v.Kind, v.Value!.Value, v.Text)));
        Assert.All(staff, v => Assert.Equal(Polarity.LowerIsBetter, v.Polarity));
        Assert.Contains(result.Indicators, v => v is { Kind: IndicatorValueKind.Realization, Value: 1m, Text: "1:1" });
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_ratio_to_one_in_a_sentence_is_one_figure()
    {
        var result = Report.Extract(
        [
            .. Measurement,
            "Rasio petugas pemadam kebakaran per jumlah penduduk pada tahun 2023 adalah 1 : 2.750, belum mencapai target 1 : 2.500 sehingga capaian sebesar 90,91%.",
        ]);

        var said = result.Indicators.Where(v => v.Source.IsProse).ToList();
        Assert.Equal(
            [(IndicatorValueKind.Realization, 2750m), (IndicatorValueKind.Target, 2500m), (IndicatorValueKind.ReportedCapaian, 90.91m)],
            said.Select(v => (v.Kind, v.Value!.Value)));
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("Apel pagi dilaksanakan pukul 07:30 dan diikuti 45 personil dengan tingkat kehadiran 93,75%.")]
    [InlineData("Perbandingan 2 : 3 antara regu jaga dan regu cadangan tetap dipertahankan, dengan kesiapsiagaan 93,75%.")]
    [InlineData("Capaian Indikator 1: 98,50% dan seluruh regu siaga sepanjang tahun dengan kesiapsiagaan 93,75%.")]
    [InlineData("Peta rawan kebakaran disusun pada skala 1 : 5.000 dengan kesiapsiagaan 93,75%.")]
    [InlineData("Sesuai Peraturan Wali Kota Nomor 1:2023, kesiapsiagaan regu mencapai 93,75%.")]
    [InlineData("Gladi dimulai 1:30 WIB dengan kesiapsiagaan regu mencapai 93,75%.")]
    public void A_clock_time_a_label_a_scale_a_legal_number_or_a_ratio_not_to_one_is_no_ratio_figure(string sentence)
    {
        var result = Report.Extract([.. Measurement, sentence]);

        Assert.DoesNotContain(result.Indicators, v => v.Source.IsProse && v.Text.Contains(':', StringComparison.Ordinal));
    }

    [Fact]
    public void A_ratio_read_for_an_indicator_not_said_to_be_a_ratio_leaves_its_polarity()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tPersentase kelurahan yang memiliki relawan kebakaran\t%\t1 : 60\t65\t108,33");

        Assert.All(result.Indicators, v => Assert.Equal(Polarity.HigherIsBetter, v.Polarity));
    }

    [Fact]
    public void A_cell_of_one_and_two_digits_up_to_59_without_spaces_may_be_a_time_and_is_not_read_as_a_ratio()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tRata-rata waktu penanganan kebakaran\tjam\t2\t1:30\t133,33");

        Assert.DoesNotContain(result.Indicators, v => v.Kind == IndicatorValueKind.Realization && v.Value == 30m);
    }
}
