using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Units compared one per row, each column a figure the report measures: the IKM, the AKIP score, an indicator by name.</summary>
public class UnitRowsTableTests
{
    private static readonly string[] Measurement =
    [
        "Tabel 3.1",
        "Pengukuran Kinerja Tahun 2023",
        "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tMeningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat\tIndeks\t82\t84,25\t102,74",
        "2\tMeningkatnya akuntabilitas kinerja\tNilai AKIP Kecamatan\tNilai\t67\t68,10\t101,64",
        "3\tMeningkatnya ketertiban umum\tPersentase penyelesaian gangguan trantibum\t%\t90\t95\t105,56",
        string.Empty,
    ];

    private static string[] Comparison(string ownIkm, string trantibumLabel = "Penyelesaian gangguan trantibum (%)") =>
    [
        "Tabel 3.2",
        "Perbandingan Capaian Kinerja dengan Kecamatan Lain se-Kabupaten Contoh Raya",
        $"No\tKecamatan\tIKM 2023\tNilai SAKIP 2023\t{trantibumLabel}",
        $"1\tKecamatan Teluk Indah\t{ownIkm}\t68,10\t95",
        "2\tKecamatan Bumi Waras\t82,10\t66,50\t91",
        "3\tKecamatan Panjang\t80,00\t65,20\t88",
    ];

    [Fact]
    public void A_dinas_compared_with_other_pemda_gives_each_pemdas_like_unit_its_realizations()
    {
        var result = Report.ExtractOfDinas(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya kecepatan penanganan kebakaran\tTingkat waktu tanggap (response time rate) daerah layanan WMK\t%\t85\t93,02\t109,44",
            "2\tMeningkatnya cakupan pelayanan kebakaran\tCakupan pelayanan bencana kebakaran\t%\t60\t62,50\t104,17",
            string.Empty,
            "Tabel 3.5",
            "Perbandingan dengan Kabupaten/Kota Lain Tahun 2023",
            "No\tKabupaten/Kota\tTingkat waktu tanggap (%)\tCakupan pelayanan (%)",
            "1\tKota Contoh Raya\t93,02\t62,50",
            "2\tKota Banjarmasin\t88,40\t70,10");

        var compared = result.Indicators.Where(v => v.Source.Table == "Tabel 3.5").ToList();
        Assert.All(compared, v => Assert.Equal((2023, IndicatorValueKind.Realization), (v.Year, v.Kind)));
        Assert.Equal(
            [
                ("Dinas Pemadam Kebakaran dan Penyelamatan", "Cakupan pelayanan bencana kebakaran", 62.50m),
                ("Dinas Pemadam Kebakaran dan Penyelamatan", "Tingkat waktu tanggap (response time rate) daerah layanan WMK", 93.02m),
                ("Dinas Pemadam Kebakaran dan Penyelamatan Kota Banjarmasin", "Cakupan pelayanan bencana kebakaran", 70.10m),
                ("Dinas Pemadam Kebakaran dan Penyelamatan Kota Banjarmasin", "Tingkat waktu tanggap (response time rate) daerah layanan WMK", 88.40m),
            ],
            compared.Select(v => (v.Unit, v.Indicator, v.Value!.Value)).OrderBy(v => v.Unit).ThenBy(v => v.Indicator));
    }

    [Theory]
    [InlineData("Persentase Waktu Tanggap (%)", true)]
    [InlineData("Persentase Waktu (%)", false)]
    [InlineData("Persentase Tanggap Waktu (%)", false)]
    [InlineData("Response Time Rate WMK (%)", true)]
    [InlineData("Response Time Rate (%)", true)]
    [InlineData("Response Time (%)", false)]
    public void A_percentage_column_naming_an_indicator_by_its_words_in_order_is_that_indicators(string label, bool read)
    {
        var result = Report.ExtractOfDinas(
            "Tabel 3.1",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tPersentase tingkat waktu tanggap (response time rate) di WMK\t%\t85\t88,24\t103,81",
            "2\tRata-rata waktu tanggap penanganan kebakaran\tmenit\t15\t12\t120,00",
            "3\tPersentase sarana prasarana pemadam dalam kondisi baik\t%\t90\t92\t102,22",
            string.Empty,
            "Tabel 3.4",
            "Perbandingan Waktu Tanggap dengan Kabupaten/Kota Lain Tahun 2023",
            $"No\tKabupaten/Kota\tRata-rata Waktu Tanggap (menit)\t{label}",
            "1\tKota Contoh Raya\t12\t88,24",
            "2\tKota Banjarmasin\t14\t82,10");

        var percentages = result.Indicators.Where(v => v.Source.Table == "Tabel 3.4" && v.Indicator.StartsWith("Persentase", StringComparison.Ordinal)).ToList();
        Assert.Equal(read ? 2 : 0, percentages.Count);
        Assert.All(percentages, v => Assert.Equal(("Persentase tingkat waktu tanggap (response time rate) di WMK", IndicatorValueKind.Realization), (v.Indicator, v.Kind)));
        Assert.Contains(result.Indicators, v => v is { Source.Table: "Tabel 3.4", Value: 14m, Indicator: "Rata-rata waktu tanggap penanganan kebakaran" });
    }

    [Theory]
    [InlineData("Daerah")]
    [InlineData("Kabupaten/Kota")]
    public void A_dinas_measured_beside_other_pemda_row_by_row_gives_each_pemdas_like_unit_its_own_figures(string areaHeader)
    {
        var result = Report.ExtractOfDinas(
            "Tabel 3.1",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tPersentase penanganan kebakaran dengan waktu tanggap ≤ 15 menit\t%\t85\t91,30\t107,41",
            string.Empty,
            "Tabel 3.5",
            "Perbandingan Capaian dengan Daerah Lain Tahun 2023",
            $"No\t{areaHeader}\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
            "1\tKota Contoh Raya\tPersentase penanganan kebakaran dengan waktu tanggap ≤ 15 menit\t85\t91,30\t107,41",
            "2\tKota Banjarmasin\tPersentase penanganan kebakaran dengan waktu tanggap ≤ 15 menit\t80\t78,50\t98,13");

        Assert.Equal(
            [
                ("Dinas Pemadam Kebakaran dan Penyelamatan", 91.30m),
                ("Dinas Pemadam Kebakaran dan Penyelamatan Kota Banjarmasin", 78.50m),
            ],
            result.Indicators.Where(v => v.Source.Table == "Tabel 3.5" && v.Kind == IndicatorValueKind.Realization).Select(v => (v.Unit, v.Value!.Value)));
        Assert.DoesNotContain(result.Findings, f => f.Kind is FindingKind.TableVsTable);
    }

    [Fact]
    public void Units_compared_on_the_one_indicator_the_caption_names_give_each_their_target_realization_and_capaian()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat\tIndeks\t82\t84,10\t102,56",
            string.Empty,
            "Tabel 3.5",
            "Perbandingan IKM Kecamatan Teluk Indah dengan Kecamatan Lain Tahun 2023",
            "No\tKecamatan\tTarget\tRealisasi\tCapaian (%)",
            "1\tKecamatan Teluk Indah\t82\t84,10\t102,56",
            "2\tKecamatan Teluk Betung\t80\t81,20\t101,50",
            "\tRata-rata\t81\t82,65\t102,03");

        Assert.Equal(
            [
                ("Kecamatan Teluk Indah", IndicatorValueKind.Target, 82m), ("Kecamatan Teluk Indah", IndicatorValueKind.Realization, 84.10m),
                ("Kecamatan Teluk Indah", IndicatorValueKind.ReportedCapaian, 102.56m), ("Kecamatan Teluk Betung", IndicatorValueKind.Target, 80m),
                ("Kecamatan Teluk Betung", IndicatorValueKind.Realization, 81.20m), ("Kecamatan Teluk Betung", IndicatorValueKind.ReportedCapaian, 101.50m),
            ],
            result.Indicators.Where(v => v.Source.Table == "Tabel 3.5").Select(v => (v.Unit, v.Kind, v.Value!.Value)));
        Assert.All(result.Indicators, v => Assert.Equal(("Indeks Kepuasan Masyarakat", 2023), (v.Indicator, v.Year)));
    }

    private static readonly string[] WaitingTimeMeasurement =
    [
        "Tabel 3.1",
        "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tMeningkatnya kecepatan penanganan kebakaran\tRata-rata waktu tanggap\tMenit\t15\t14,25\t105,00",
        string.Empty,
    ];

    [Fact]
    public void A_comparison_with_other_pemda_headed_only_by_the_pemda_and_the_indicator_is_a_table_of_their_realizations()
    {
        var result = Report.ExtractOfDinas(
        [
            .. WaitingTimeMeasurement,
            "Tabel 3.6",
            "Perbandingan Rata-rata Waktu Tanggap dengan Kabupaten/Kota Lain Tahun 2023",
            "No\tKabupaten/Kota\tRata-rata Waktu Tanggap (Menit)",
            "1\tKota Contoh Raya\t14,25",
            "2\tKota Banjarmasin\t17",
        ]);

        Assert.Equal(
            [("Dinas Pemadam Kebakaran dan Penyelamatan", 14.25m), ("Dinas Pemadam Kebakaran dan Penyelamatan Kota Banjarmasin", 17m)],
            result.Indicators.Where(v => v.Source.Table == "Tabel 3.6").Select(v => (v.Unit, v.Value!.Value)));
    }

    [Theory]
    [InlineData("Kabupaten/Kota", "Nasional")]
    [InlineData("Wilayah", "Rata-rata Nasional")]
    public void The_national_row_of_a_comparison_with_other_areas_is_the_national_realization_beside_the_units(string areaHeader, string national)
    {
        var result = Report.ExtractOfDinas(
        [
            .. WaitingTimeMeasurement,
            "Tabel 3.6",
            "Perbandingan Rata-rata Waktu Tanggap dengan Provinsi dan Nasional Tahun 2023",
            $"No\t{areaHeader}\tRata-rata Waktu Tanggap (Menit)",
            "1\tKota Contoh Raya\t14,25",
            "2\tProvinsi Kalimantan Selatan\t16",
            $"3\t{national}\t15",
        ]);

        Assert.Equal(
            [("Dinas Pemadam Kebakaran dan Penyelamatan", IndicatorValueKind.Realization, 14.25m),
             ("Dinas Pemadam Kebakaran dan Penyelamatan", IndicatorValueKind.NationalRealization, 15m)],
            result.Indicators.Where(v => v.Source.Table == "Tabel 3.6").Select(v => (v.Unit, v.Kind, v.Value!.Value)));
    }

    [Theory]
    [InlineData("Penyelesaian gangguan trantibum (%)")]
    [InlineData("Persentase penyelesaian gangguan trantibum")]
    public void Each_units_row_gives_its_realizations_of_the_indicators_its_columns_name_and_its_akip_score(string trantibumLabel)
    {
        var result = Report.Extract([.. Measurement, .. Comparison("84,25", trantibumLabel)]);

        var bumiWaras = result.Indicators.Where(v => v.Unit == "Kecamatan Bumi Waras").ToList();
        Assert.All(bumiWaras, v => Assert.Equal((2023, IndicatorValueKind.Realization), (v.Year, v.Kind)));
        Assert.Equal(
            [("Indeks Kepuasan Masyarakat", 82.10m), ("Nilai AKIP Kecamatan", 66.50m), ("Persentase penyelesaian gangguan trantibum", 91m)],
            bumiWaras.Select(v => (v.Indicator, v.Value!.Value)).Distinct().OrderBy(v => v.Indicator));
        Assert.Equal(65.20m, Assert.Single(result.Akip, a => a.Unit == "Kecamatan Panjang").Total);
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsTable);
    }

    [Fact]
    public void The_own_units_row_is_checked_against_its_measurement()
    {
        var result = Report.Extract([.. Measurement, .. Comparison("84,52")]);

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.TableVsTable);
        Assert.Equal([84.52m, 84.25m], new[] { finding.Reported.Value, finding.Expected.Value }.Order().Reverse());
    }

    [Fact]
    public void An_ikm_no_indicator_measures_is_each_units_survey_result_with_its_mutu()
    {
        var result = Report.Extract(
            "Tabel 3.3",
            "Nilai Indeks Kepuasan Masyarakat Kecamatan se-Kabupaten Contoh Raya Tahun 2022",
            "No\tKecamatan\tNilai IKM\tMutu Pelayanan",
            "1\tTeluk Indah\t84,25\tB",
            "2\tBumi Waras\t82,10\tB");

        Assert.Equal(
            [("Kecamatan Bumi Waras", 2022, 82.10m, "B"), ("Kecamatan Teluk Indah", 2022, 84.25m, "B")],
            result.Ikm.Select(i => (i.Unit, i.Year, i.Ikm!.Value, i.Mutu)).OrderBy(i => i.Unit));
    }

    [Fact]
    public void Columns_naming_nothing_the_report_measures_are_left_alone()
    {
        var result = Report.Extract(
            [.. Measurement,
            "Tabel 2.1",
            "Luas Wilayah dan Jumlah Penduduk per Kecamatan",
            "No\tKecamatan\tLuas (km2)\tJumlah Penduduk (jiwa)",
            "1\tKecamatan Teluk Indah\t12,5\t45.210",
            "2\tKecamatan Bumi Waras\t8,4\t38.115"]);

        Assert.DoesNotContain(result.Indicators, v => v.Unit != "Kecamatan Teluk Indah");
        Assert.Empty(result.Akip);
    }

    [Fact]
    public void A_dinas_figure_by_kecamatan_is_no_indicator_of_those_kecamatan()
    {
        var result = Report.ExtractOfDinas(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMenurunnya risiko kebakaran\tRata-rata waktu tanggap kebakaran\tMenit\t15\t13\t115,38",
            string.Empty,
            "Tabel 3.4",
            "Waktu Tanggap Kebakaran per Kecamatan Tahun 2023",
            "No\tKecamatan\tRata-rata Waktu Tanggap Kebakaran (Menit)",
            "1\tKecamatan Teluk Contoh\t11",
            "2\tKecamatan Bumi Waras\t16");

        Assert.All(result.Indicators, v => Assert.Equal("Dinas Pemadam Kebakaran dan Penyelamatan", v.Unit));
    }

    [Fact]
    public void Year_columns_under_a_caption_naming_an_indicator_hold_each_units_realization_of_that_year()
    {
        var result = Report.Extract(
        [
            .. Measurement,
            "Tabel 3.2",
            "Perbandingan Indeks Kepuasan Masyarakat Antar Kecamatan",
            "No\tKecamatan\t2022\t2023",
            "1\tKecamatan Teluk Indah\t83,10\t84,25",
            "2\tKecamatan Bumi Waras\t81,40\t82,10",
        ]);

        Assert.Equal(
            [(2022, 81.40m), (2023, 82.10m)],
            result.Indicators.Where(v => v.Unit == "Kecamatan Bumi Waras" && v.Indicator == "Indeks Kepuasan Masyarakat").Select(v => (v.Year, v.Value!.Value)));
    }
}
