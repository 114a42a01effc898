using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>
/// Rows whose figures (and number) stand on the middle line of a name wrapped over several lines, as a converter prints a
/// table whose cells are centred: the name's first words on a line of their own above them.
/// </summary>
public class CentredNameTests
{
    private static readonly string[] Nrr = ["3,40", "3,35", "3,30", "3,60", "3,38", "3,32", "3,45", "3,20", "3,28"];

    private static readonly string[] Weighted = ["0,377", "0,372", "0,366", "0,400", "0,375", "0,369", "0,383", "0,355", "0,364"];

    [Fact]
    public void A_survey_element_broken_off_at_a_comma_above_its_figures_keeps_its_whole_name()
    {
        var elements = SurveyElements.Rows(Nrr, Weighted)
            .SelectMany(row => row.Contains("Penanganan Pengaduan, ", StringComparison.Ordinal)
                ? new[] { "\tPenanganan Pengaduan,\t\t", row.Replace("Penanganan Pengaduan, ", string.Empty, StringComparison.Ordinal) }
                : new[] { row });

        var survey = SurveyOf("No\tUnsur Pelayanan\tNRR\tNRR Tertimbang", elements, "\t");

        Assert.Equal(9, survey.Elements.Count);
        Assert.Equal("Penanganan Pengaduan, Saran dan Masukan", survey.Elements[7].Name);
    }

    [Fact]
    public void A_survey_element_with_its_number_on_the_first_line_and_its_figures_on_the_second_keeps_its_whole_name()
    {
        var elements = SurveyElements.Rows(Nrr, Weighted)
            .SelectMany(row => row.Contains("Penanganan Pengaduan, ", StringComparison.Ordinal)
                ? new[] { "8\t" + row[..row.IndexOf("Saran", StringComparison.Ordinal)].TrimEnd() + "\t\t", "\t\t" + row[row.IndexOf("Saran", StringComparison.Ordinal)..] }
                : new[] { $"{row[1..row.IndexOf('\t', StringComparison.Ordinal)]}\t{row}" });

        var survey = SurveyOf("No\tKode\tUnsur Pelayanan\tNRR\tNRR Tertimbang", elements, "\t\t");

        Assert.Equal(9, survey.Elements.Count);
        Assert.Equal("Penanganan Pengaduan, Saran dan Masukan", survey.Elements[7].Name);
    }

    /// <summary>The one survey of a table of the nine elements under <paramref name="header"/>, its totals after <paramref name="indent"/>.</summary>
    private static Model.ExtractedIkm SurveyOf(string header, IEnumerable<string> elements, string indent) =>
        Assert.Single(Report.Extract(
        [
            "Tabel 3.6",
            "Hasil Survei Kepuasan Masyarakat Tahun 2023",
            header,
            .. elements,
            $"{indent}Jumlah NRR Tertimbang\t\t3,361",
            $"{indent}IKM (Jumlah NRR Tertimbang x 25)\t\t84,03",
        ]).Ikm);

    [Fact]
    public void A_survey_total_whose_label_breaks_off_inside_a_bracket_above_its_figure_is_read_whole()
    {
        var result = Report.Extract(
            "Tabel 3.6",
            "Hasil Survei Kepuasan Masyarakat per Unsur Pelayanan Tahun 2024",
            "Uraian\tU1\tU2\tU3\tU4\tU5\tU6\tU7\tU8\tU9",
            "NRR per Unsur\t3,38\t3,32\t3,22\t3,94\t3,40\t3,46\t3,56\t3,12\t3,20",
            "NRR Tertimbang per Unsur\t0,37518\t0,36852\t0,35742\t0,43734\t0,37740\t0,38406\t0,39516\t0,34632\t0,35520",
            "Jumlah NRR Tertimbang\t3,40560",
            "IKM Unit Pelayanan (Jumlah\t",
            "NRR Tertimbang x 25)\t85,14");

        Assert.Equal(85.14m, Assert.Single(result.Ikm).Ikm);
    }

    [Fact]
    public void A_budget_name_broken_off_at_a_joining_word_or_going_on_in_lower_case_below_keeps_its_whole_name_and_the_amounts_line()
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Realisasi Anggaran Tahun 2023",
            "No\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%",
            "\tProgram Pemberdayaan Masyarakat Desa dan\t\t\t",
            "1\tKelurahan\t500.000.000\t450.000.000\t90,00",
            "\tProgram Penunjang Urusan Pemerintahan\t\t\t",
            "2\tdaerah Kabupaten/Kota\t2.000.000.000\t1.900.000.000\t95,00",
            "\tJUMLAH\t2.500.000.000\t2.350.000.000\t94,00");

        Assert.Equal(
            [("Program Pemberdayaan Masyarakat Desa dan Kelurahan", Report.Line(5)), ("Program Penunjang Urusan Pemerintahan daerah Kabupaten/Kota", Report.Line(7)), ("JUMLAH", Report.Line(8))],
            result.Budget.Select(b => (b.Name, b.Source.Line)));
    }
    [Fact]
    public void A_table_whose_names_all_stand_centred_on_their_figures_keeps_them_whole_wherever_they_break_off()
    {
        var result = Report.Extract(
            "Tabel 2.4",
            "Program dan Anggaran Perjanjian Kinerja Tahun 2022",
            "\tProgram Penyelenggaraan Pemerintahan\t\t",
            "1\tdan Pelayanan Publik\tRp.\t35.429.500",
            "\tKoordinasi Penyelenggaraan\t\t",
            "1.1\tKegiatan Pemerintahan di Kecamatan\tRp.\t5.546.900",
            "\tPelaksanaan Urusan Pemerintahan\t\t",
            "1.2\tyang Dilimpahkan Kepada Camat\tRp.\t29.882.600",
            "\tProgram Pemberdayaan\t\t",
            "2\tMasyarakat Desa dan Kelurahan\tRp.\t1.205.866.000",
            "2.1\tPemberdayaan Kelurahan\tRp.\t1.205.866.000",
            "\tJUMLAH\tRp.\t1.241.295.500");

        Assert.Equal(
            [
                ("Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", Report.Line(4)),
                ("Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Kecamatan", Report.Line(6)),
                ("Pelaksanaan Urusan Pemerintahan yang Dilimpahkan Kepada Camat", Report.Line(8)),
                ("Program Pemberdayaan Masyarakat Desa dan Kelurahan", Report.Line(10)),
                ("Pemberdayaan Kelurahan", Report.Line(11)),
                ("JUMLAH", Report.Line(12)),
            ],
            result.Budget.Select(b => (b.Name, b.Source.Line)));
    }

    [Fact]
    public void A_table_without_a_header_whose_first_name_begins_above_its_figures_is_read_whole()
    {
        var result = Report.Extract(
            "Tabel 2.4",
            "Program dan Anggaran Perjanjian Kinerja Tahun 2022",
            "\tProgram Penyelenggaraan\t\t",
            "1\tPemerintahan dan Pelayanan Publik\tRp.\t35.429.500",
            "1.1\tKoordinasi Penyelenggaraan Kegiatan Pemerintahan di Kecamatan\tRp.\t5.546.900",
            "1.2\tPelaksanaan Urusan Pemerintahan yang Dilimpahkan Kepada Camat\tRp.\t29.882.600",
            "2\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\tRp.\t1.205.866.000",
            "2.1\tPemberdayaan Kelurahan\tRp.\t1.205.866.000",
            "\tJUMLAH\tRp.\t1.241.295.500");

        Assert.Equal(
            [
                (Report.Line(4), 35_429_500m), (Report.Line(5), 5_546_900m), (Report.Line(6), 29_882_600m), (Report.Line(7), 1_205_866_000m),
                (Report.Line(8), 1_205_866_000m), (Report.Line(9), 1_241_295_500m),
            ],
            result.Budget.Select(b => (b.Source.Line, b.Pagu)));
    }

    [Fact]
    public void An_indicator_whose_measure_word_opens_a_line_right_under_the_header_is_a_row_not_a_header_line()
    {
        var result = Report.Extract(
            "Tabel 3.3 (lanjutan)",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "\tPersentase Perangkat\t\t\t\t",
            "2\tDaerah yang Terhubung Jaringan Intra Pemerintah\t%\t90\t93,02\t103,36");

        var values = result.Indicators.Where(v => v.Indicator == "Persentase Perangkat Daerah yang Terhubung Jaringan Intra Pemerintah").ToList();
        Assert.Equal([90m, 93.02m, 103.36m], values.Select(v => v.Value));
        Assert.All(values, v => Assert.Equal(Report.Line(4), v.Source.Line));
    }

    [Fact]
    public void Program_headings_each_over_one_kegiatan_stay_headings_when_no_name_breaks_off_under_them()
    {
        var result = Report.Extract(
            "Tabel 3.9",
            "Realisasi Anggaran Kegiatan Tahun 2023",
            "No\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%",
            "\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t\t\t",
            "1\tAdministrasi Keuangan Perangkat Daerah\t1.000.000.000\t950.000.000\t95,00",
            "\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t\t\t",
            "2\tKoordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan\t200.000.000\t180.000.000\t90,00",
            "\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\t\t\t",
            "3\tPemberdayaan Kelurahan\t500.000.000\t450.000.000\t90,00",
            "\tJUMLAH\t1.700.000.000\t1.580.000.000\t92,94");

        Assert.Equal(
            ["Administrasi Keuangan Perangkat Daerah", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", "Pemberdayaan Kelurahan", "JUMLAH"],
            result.Budget.Select(b => b.Name));
    }

    [Fact]
    public void An_indicator_whose_measure_word_opens_a_line_above_its_figures_keeps_its_whole_name()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Pengukuran Kinerja Tahun 2022",
            "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
            "1.\tIndeks Kepuasan Masyarakat\t87\t86,98\t99,98",
            "\tPersentase Pelaksanaan Pelimpahan\t\t\t",
            "2.\tKewenangan Kepada Camat\t100\t99,99\t99,99");

        Assert.Equal(
            ["Indeks Kepuasan Masyarakat", "Persentase Pelaksanaan Pelimpahan Kewenangan Kepada Camat"],
            result.Indicators.Select(v => v.Indicator).Distinct());
    }

    [Fact]
    public void An_indicator_measured_by_area_keeps_its_areas_apart_from_its_name()
    {
        var result = Report.Extract(
            "Tabel 3.4",
            "Capaian Waktu Tanggap per Wilayah Tahun 2023",
            "No\tIndikator / Wilayah\tTarget\tRealisasi\tCapaian (%)",
            "1\tJumlah Kejadian Kebakaran\t40\t38\t105,00",
            "\tPersentase Kebakaran Tertangani dalam Waktu Tanggap\t\t\t",
            "\tBanjarbaru Utara\t90\t92\t102,22",
            "\tBanjarbaru Selatan\t90\t88\t97,78");

        Assert.DoesNotContain(result.Indicators, v => v.Indicator.StartsWith("Persentase Kebakaran Tertangani dalam Waktu Tanggap Banjarbaru", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\tEvaluasi Akuntabilitas\t\t\t", "4\tKinerja Internal\t25\t19,40\t18,47")]
    [InlineData("4\tEvaluasi Akuntabilitas\t\t\t", "\tKinerja Internal\t25\t19,40\t18,47")]
    public void An_akip_component_named_over_two_lines_with_its_figures_on_the_second_is_read_as_that_component(string head, string row)
    {
        var result = Report.Extract(
            "Tabel 3.11",
            "Nilai Komponen Evaluasi AKIP Tahun 2022-2023",
            "No\tKomponen\tBobot\tNilai 2022\tNilai 2023",
            "1\tPerencanaan Kinerja\t30\t21,30\t22,14",
            "2\tPengukuran Kinerja\t30\t19,05\t19,62",
            "3\tPelaporan Kinerja\t15\t10,12\t10,45",
            head,
            row,
            "\tNilai Akuntabilitas Kinerja\t100\t69,87\t70,68");

        var akip = result.Akip.Single(a => a.Year == 2023);
        Assert.Equal(18.47m, akip.Components[Domain.Rules.AkipComponent.EvaluasiInternal]);
        Assert.Equal(Report.Line(8), akip.ComponentLines[Domain.Rules.AkipComponent.EvaluasiInternal]);
    }
}
