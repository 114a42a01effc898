using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>IKM tables laid out other ways than the seeds print them: a history with a year per row, the elements across.</summary>
public class IkmLayoutTests
{
    // The survey elements of the Sei Balai report's appendix: NRR per element and weighted.
    private static readonly string[] SeiBalaiNrr = ["3,00", "3,10", "3,14", "3,94", "3,05", "3,17", "3,25", "3,05", "3,31"];
    private static readonly string[] SeiBalaiWeighted = ["0,333", "0,344", "0,348", "0,437", "0,338", "0,351", "0,360", "0,338", "0,367"];

    [Theory]
    [InlineData("76,40", "79,85", "82,10", "88,52")]
    [InlineData("76.40", "79.85", "82.10", "88.52")]
    public void An_ikm_history_with_one_year_per_row_gives_one_result_per_year_on_its_own_line(string y2020, string y2021, string y2022, string y2023)
    {
        var result = Report.Extract(
            "Tabel 3.5",
            "Perkembangan Nilai IKM Kecamatan Teluk Indah Tahun 2020-2023",
            string.Empty,
            "No\tTahun\tNilai IKM\tMutu Pelayanan\tKinerja Unit Pelayanan",
            $"1\t2020\t{y2020}\tC\tKurang Baik",
            $"2\t2021\t{y2021}\tB\tBaik",
            $"3\t2022\t{y2022}\tB\tBaik",
            $"4\t2023\t{y2023}\tA\tSangat Baik");

        Assert.Equal([2020, 2021, 2022, 2023], result.Ikm.Select(i => i.Year));
        Assert.Equal([76.40m, 79.85m, 82.10m, 88.52m], result.Ikm.Select(i => i.Ikm!.Value));
        Assert.Equal(["C", "B", "B", "A"], result.Ikm.Select(i => i.Mutu));
        Assert.Equal([Report.Line(5), Report.Line(6), Report.Line(7), Report.Line(8)], result.Ikm.Select(i => i.Source.Line));
        Assert.All(result.Ikm, i => Assert.Equal("Tabel 3.5", i.Source.Table));
        Assert.Empty(result.Akip);
        Assert.DoesNotContain(result.Findings, f => f.Subject == "IKM");
    }

    [Theory]
    [InlineData("86,98")]
    [InlineData("86,98 %")]
    public void With_no_survey_table_the_ikm_indicators_realization_is_the_ikm_even_printed_with_a_percent_sign(string printed)
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Pengukuran Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t87\t" + printed,
            "2\tPersentase pelayanan administrasi yang selesai tepat waktu\t%\t100\t93,16 %");

        var ikm = Assert.Single(result.Ikm);
        Assert.Equal((2023, 86.98m, Report.Line(4)), (ikm.Year, ikm.Ikm!.Value, ikm.Source.Line));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void The_summary_printed_as_label_lines_above_the_survey_is_read_however_many_blank_lines_the_converter_leaves(int blanks)
    {
        string[] gap = [.. Enumerable.Repeat(string.Empty, blanks)];
        var result = Report.Extract(
        [
            "PENGUKURAN INDEKS KEPUASAN MASYARAKAT",
            "KECAMATAN TELUK INDAH",
            "01-01-2023 s.d 31-12-2023",
            .. gap, "IKM", "80,50", .. gap, "MUTU LAYANAN", "B (BAIK)", .. gap, "RESPONDEN", "96", .. gap,
            "SKOR PER UNSUR PELAYANAN", .. gap, "KETERANGAN", .. gap,
            "No.\tUnsur Pelayanan\tNRR\tNRR Tertimbang",
            .. SurveyElements.Rows(SeiBalaiNrr, SeiBalaiWeighted),
        ]);

        var ikm = Assert.Single(result.Ikm);
        Assert.Equal((80.50m, "B", 96), (ikm.Ikm!.Value, ikm.Mutu, ikm.Respondents!.Value));
    }

    [Fact]
    public void The_summary_above_the_survey_is_read_across_a_page_break_before_the_survey()
    {
        var result = Report.Extract(
        [
            "PENGUKURAN INDEKS KEPUASAN MASYARAKAT",
            "KECAMATAN TELUK INDAH",
            "01-01-2023 s.d 31-12-2023",
            string.Empty, "IKM", "80,50", string.Empty, "MUTU LAYANAN", "B (BAIK)", string.Empty, "RESPONDEN", "96", string.Empty,
            "SKOR PER UNSUR PELAYANAN", string.Empty, "KETERANGAN", string.Empty,
            string.Empty, "Laporan Kinerja Instansi Pemerintah", "39", string.Empty,
            "No.\tUnsur Pelayanan\tNRR\tNRR Tertimbang",
            .. SurveyElements.Rows(SeiBalaiNrr, SeiBalaiWeighted),
        ]);

        var ikm = Assert.Single(result.Ikm);
        Assert.Equal((80.50m, "B", 96), (ikm.Ikm!.Value, ikm.Mutu, ikm.Respondents!.Value));
    }

    [Fact]
    public void A_weighted_score_written_with_a_leading_zero_stays_a_decimal_in_a_table_writing_its_other_decimals_after_a_point()
    {
        string[] nrr = ["3.40", "3.35", "3.30", "3.60", "3.38", "3.32", "3.45", "3.20", "3.28"];
        string[] weighted = ["0,377", "0,372", "0,366", "0,400", "0,375", "0,369", "0,383", "0,355", "0,364"];
        var result = Report.Extract(
        [
            "Tabel 3.6",
            "Hasil Survei Kepuasan Masyarakat Tahun 2023",
            "No\tUnsur Pelayanan\tNRR\tNRR Tertimbang",
            .. SurveyElements.Rows(nrr, weighted),
            "\tIKM (Jumlah NRR Tertimbang x 25)\t\t84.03",
        ]);

        var survey = Assert.Single(result.Ikm);
        Assert.Equal([0.377m, 0.372m, 0.366m, 0.400m, 0.375m, 0.369m, 0.383m, 0.355m, 0.364m], survey.Elements.Select(e => e.NrrWeighted!.Value));
    }

    [Fact]
    public void A_survey_with_no_caption_takes_the_year_its_lead_in_names_not_a_year_of_the_table_above()
    {
        string[] nrr = ["3,40", "3,35", "3,30", "3,60", "3,38", "3,32", "3,45", "3,20", "3,28"];
        string[] weighted = ["0,377", "0,372", "0,366", "0,400", "0,375", "0,369", "0,383", "0,355", "0,364"];
        var result = Report.Extract(
        [
            .. Enumerable.Repeat("Pelayanan kepada masyarakat terus ditingkatkan.", 10),
            "No\tIndikator\tSatuan\tRealisasi Tahun 2021\tRealisasi Tahun 2022",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t80,12\t82,40",
            string.Empty,
            "IKM diukur melalui Survei Kepuasan Masyarakat periode Januari sampai dengan Desember 2023 dengan 150 responden.",
            string.Empty,
            "No\tUnsur Pelayanan\tNRR\tNRR Tertimbang",
            .. SurveyElements.Rows(nrr, weighted),
            "\tIKM (Jumlah NRR Tertimbang x 25)\t\t84,03",
        ]);

        Assert.Equal(2023, result.Ikm.Single(i => i.Elements.Count == 9).Year);
    }

    [Theory]
    [InlineData("\tIKM Unit\t\t", "\tPelayanan (Jumlah NRR Tertimbang x 25)\t\t84,03")]
    [InlineData("\tNilai Indeks Kepuasan\t\t", "\tMasyarakat (NRR Tertimbang x 25)\t\t84,03")]
    public void The_ikm_whose_label_begins_on_the_line_above_is_the_figure_its_times_25_formula_explains(string head, string row)
    {
        var result = Report.Extract(
        [
            "Tabel 3.6",
            "Hasil Survei Kepuasan Masyarakat Tahun 2023",
            "No\tUnsur Pelayanan\tNRR\tNRR Tertimbang",
            .. SurveyElements.Rows(["3,40", "3,35", "3,30", "3,60", "3,38", "3,32", "3,45", "3,20", "3,28"], ["0,377", "0,372", "0,366", "0,400", "0,375", "0,369", "0,383", "0,355", "0,364"]),
            "\tJumlah NRR Tertimbang\t\t3,361",
            head,
            row,
            "\tMutu Pelayanan\t\tB",
        ]);

        var survey = Assert.Single(result.Ikm);
        Assert.Equal((84.03m, Report.Line(15)), (survey.Ikm, survey.Source.Line));
    }

    [Fact]
    public void A_mutu_that_does_not_fit_the_ikm_of_its_year_is_a_finding()
    {
        var result = Report.Extract(
            "Tabel 3.5",
            "Perkembangan Nilai IKM Tahun 2022-2023",
            string.Empty,
            "Tahun\tNilai IKM\tMutu Pelayanan",
            "2022\t82,10\tB",
            "2023\t86,40\tA");

        var finding = Assert.Single(result.Findings, f => f.Subject == "IKM");
        Assert.Equal(FindingKind.CategoryMismatch, finding.Kind);
        Assert.Equal(Report.Line(6), finding.Reported.Location.Line);
    }

    [Fact]
    public void Under_a_caption_about_the_ikm_the_realization_column_of_a_year_per_row_table_is_the_ikm()
    {
        var result = Report.Extract(
            "Tabel 3.5",
            "Target dan Realisasi Indeks Kepuasan Masyarakat Tahun 2022-2023",
            string.Empty,
            "No\tTahun\tTarget\tRealisasi\tCapaian (%)",
            "1\t2022\t80,00\t82,10\t102,63",
            "2\t2023\t85,00\t84,40\t99,29");

        Assert.Equal([82.10m, 84.40m], result.Ikm.Select(i => i.Ikm!.Value));
    }

    [Fact]
    public void One_history_of_both_akip_and_ikm_gives_each_its_own_grade()
    {
        var result = Report.Extract(
            "Tabel 3.9",
            "Nilai AKIP dan IKM Tahun 2022-2023",
            string.Empty,
            "Tahun\tNilai AKIP\tPredikat\tNilai IKM\tMutu Pelayanan",
            "2022\t66,75\tB\t82,10\tB",
            "2023\t71,02\tBB\t88,52\tA");

        Assert.Equal([66.75m, 71.02m], result.Akip.Select(a => a.Total!.Value));
        Assert.Equal(["B", "BB"], result.Akip.Select(a => a.Predikat));
        Assert.Equal([82.10m, 88.52m], result.Ikm.Select(i => i.Ikm!.Value));
        Assert.Equal(["B", "A"], result.Ikm.Select(i => i.Mutu));
    }

    [Fact]
    public void Years_as_rows_in_a_table_not_about_the_ikm_are_not_an_ikm_history()
    {
        var result = Report.Extract(
            "Tabel 3.4",
            "Perkembangan Rasio Kelulusan Tahun 2021-2023",
            string.Empty,
            "No\tTahun\tNilai\tKategori",
            "1\t2021\t45,10\tC",
            "2\t2022\t67,80\tB",
            "3\t2023\t89,05\tA");

        Assert.Empty(result.Ikm);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_survey_with_the_elements_across_gives_each_element_its_nrr_and_the_printed_ikm(bool english)
    {
        var result = Report.Extract(Across("82,47", english));

        var ikm = Assert.Single(result.Ikm);
        Assert.Equal(2023, ikm.Year);
        Assert.Equal(82.47m, ikm.Ikm);
        Assert.Equal(Report.Line(10), ikm.Source.Line);
        Assert.Equal("B", ikm.Mutu);
        Assert.Equal(3.299m, ikm.NrrWeightedTotal);
        Assert.Equal(100, ikm.Respondents);
        Assert.Equal(9, ikm.Elements.Count);
        Assert.Equal([3.22m, 3.11m, 3.05m, 3.90m, 3.30m, 3.41m, 3.52m, 3.00m, 3.18m], ikm.Elements.Select(e => e.Nrr!.Value));
        Assert.Equal(0.358m, ikm.Elements[0].NrrWeighted);
        Assert.All(ikm.Elements, e => Assert.Equal(Report.Line(8), e.Line));

        // The legend under the table names the codes, U8 and U9 included.
        Assert.Equal(Domain.Facts.IkmElement.Sarana, ikm.Elements[7].Element);
        Assert.Equal("Penanganan Pengaduan, Saran dan Masukan", ikm.Elements[8].Name);
        Assert.DoesNotContain(result.Findings, f => f.Subject == "IKM");
    }

    [Fact]
    public void A_planted_wrong_ikm_in_a_survey_with_the_elements_across_is_a_finding()
    {
        var result = Report.Extract(Across("84,47", english: false));

        var finding = Assert.Single(result.Findings, f => f.Subject == "IKM");
        Assert.Equal(FindingKind.SumMismatch, finding.Kind);
        Assert.Equal(84.47m, finding.Reported.Value);
        Assert.Equal(Report.Line(10), finding.Reported.Location.Line);
    }

    [Fact]
    public void A_weighted_total_that_is_not_the_sum_of_its_weighted_row_cites_that_row()
    {
        var lines = Across("84,97", english: false);
        lines[8] = "NRR Tertimbang per Unsur\t0,358\t0,346\t0,339\t0,433\t0,367\t0,379\t0,391\t0,333\t0,353";
        var result = Report.Extract([.. lines[..9], "Jumlah NRR Tertimbang\t3,399", .. lines[9..]]);

        var finding = Assert.Single(result.Findings, f => f.Subject == "IKM");
        Assert.Equal(3.399m, finding.Reported.Value);
        Assert.Equal(Report.Line(10), finding.Reported.Location.Line);
        Assert.Equal(Report.Line(9), finding.Expected.Location.Line);
        Assert.Equal([Report.Line(9), Report.Line(10)], finding.Lines);
    }

    [Fact]
    public void Elements_named_across_need_no_legend()
    {
        var result = Report.Extract(
            "Tabel 3.6",
            "Nilai Survei Kepuasan Masyarakat Tahun 2023",
            string.Empty,
            "Uraian\tPersyaratan\tProsedur\tWaktu\tBiaya/Tarif\tProduk\tKompetensi\tPerilaku\tSarana\tPengaduan",
            "NRR\t3,22\t3,11\t3,05\t3,90\t3,30\t3,41\t3,52\t3,00\t3,18",
            "IKM\t82,47");

        var ikm = Assert.Single(result.Ikm);
        Assert.Equal(82.47m, ikm.Ikm);
        Assert.Equal(Domain.Facts.IkmElement.Pengaduan, ikm.Elements[8].Element);
        Assert.Equal(3.18m, ikm.Elements[8].Nrr);
        Assert.DoesNotContain(result.Findings, f => f.Subject == "IKM");
    }

    [Fact]
    public void Codes_without_a_legend_keep_their_printed_name()
    {
        var lines = Across("82,47", english: false);
        var ikm = Assert.Single(Report.Extract(lines[..^2]).Ikm);

        Assert.Equal("U8", ikm.Elements[7].Name);
        Assert.Equal(3.00m, ikm.Elements[7].Nrr);
    }

    // Weighted NRRs to three decimals (3,22 / 9 = 0,358) that add up to the printed 3,299 only within their rounding.
    private static string[] Across(string ikm, bool english)
    {
        string[] rows =
        [
            "Tabel 3.6",
            "Hasil Pengolahan Survei Kepuasan Masyarakat Tahun 2023",
            string.Empty,
            "Uraian\tUnsur Pelayanan\t\t\t\t\t\t\t\t",
            "\tU1\tU2\tU3\tU4\tU5\tU6\tU7\tU8\tU9",
            "Jumlah Nilai per Unsur\t322\t311\t305\t390\t330\t341\t352\t300\t318",
            "Jumlah Responden\t100",
            "NRR per Unsur\t3,22\t3,11\t3,05\t3,90\t3,30\t3,41\t3,52\t3,00\t3,18",
            "NRR Tertimbang per Unsur\t0,358\t0,346\t0,339\t0,433\t0,367\t0,379\t0,391\t0,333\t0,353\t3,299",
            $"IKM Unit Pelayanan\t{ikm}",
            "Mutu Pelayanan\tB",
            string.Empty,
            "Keterangan: U1 = Persyaratan, U2 = Sistem, Mekanisme dan Prosedur, U3 = Waktu Penyelesaian, U4 = Biaya/Tarif, U5 = Produk Spesifikasi Jenis Pelayanan,",
            "U6 = Kompetensi Pelaksana, U7 = Perilaku Pelaksana, U8 = Sarana dan Prasarana, U9 = Penanganan Pengaduan, Saran dan Masukan.",
        ];
        return english ? [.. rows.Select(r => r.Contains('\t', StringComparison.Ordinal) ? r.Replace(',', '.') : r)] : rows;
    }

    [Fact]
    public void A_table_of_ikm_per_service_just_above_the_survey_lends_it_no_figures_and_gives_the_units_own_row()
    {
        var result = Report.Extract(
            "Tabel 3.5",
            "Nilai IKM per Jenis Layanan Tahun 2023",
            "No\tJenis Layanan\tJumlah Responden\tNilai IKM\tMutu Pelayanan",
            "1\tLayanan Pemadaman Kebakaran\t150\t85,20\tB",
            "2\tLayanan Penyelamatan Non Kebakaran\t120\t83,40\tB",
            "\tIKM Dinas\t270\t84,12\tB",
            string.Empty,
            "Tabel 3.6",
            "Hasil Survei Kepuasan Masyarakat Tahun 2023",
            "No\tUnsur Pelayanan\tNRR\tNRR Tertimbang",
            "1\tPersyaratan\t3,40\t0,377",
            "2\tSistem, Mekanisme, dan Prosedur\t3,35\t0,372",
            "3\tWaktu Penyelesaian\t3,30\t0,366",
            "4\tBiaya/Tarif\t3,60\t0,400",
            "5\tProduk Spesifikasi Jenis Pelayanan\t3,38\t0,375",
            "6\tKompetensi Pelaksana\t3,32\t0,369",
            "7\tPerilaku Pelaksana\t3,45\t0,383",
            "8\tPenanganan Pengaduan, Saran dan Masukan\t3,20\t0,355",
            "9\tSarana dan Prasarana\t3,28\t0,364",
            "\tJumlah NRR Tertimbang\t\t3,361",
            "\tIKM (Jumlah NRR Tertimbang x 25)\t\t84,03");

        var survey = Assert.Single(result.Ikm, i => i.Elements.Count == 9);
        Assert.Equal((84.03m, Report.Line(21)), (survey.Ikm!.Value, survey.Source.Line));
        Assert.Empty(survey.OtherIkmValues);
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.SumMismatch);
        Assert.Equal((84.12m, Report.Line(6)), result.Ikm.Where(i => i != survey).Select(i => (i.Ikm!.Value, i.Source.Line)).Single());
    }

    [Fact]
    public void The_units_row_under_the_ikm_of_each_service_is_the_units_survey_result_and_its_indicators_realization()
    {
        var result = Report.ExtractOfDinas(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya kualitas pelayanan\tIndeks Kepuasan Masyarakat\tNilai\t80\t82,75\t103,44",
            string.Empty,
            "Tabel 3.2",
            "Nilai IKM per Jenis Layanan Tahun 2023",
            string.Empty,
            "No\tJenis Layanan\tJumlah Responden\tNilai IKM\tMutu Pelayanan",
            "1\tLayanan Pemadaman Kebakaran\t120\t84,10\tB",
            "2\tLayanan Penyelamatan (Rescue)\t80\t81,40\tB",
            "\tIKM Dinas\t200\t82,75\tB");

        var ikm = Assert.Single(result.Ikm);
        Assert.Equal((82.75m, "B", 200, Report.Line(11)), (ikm.Ikm, ikm.Mutu, ikm.Respondents, ikm.Source.Line));
        Assert.Equal([82.75m], result.Indicators.Where(v => v.Source.Table == "Tabel 3.2").Select(v => v.Value!.Value));
    }

    [Fact]
    public void Rows_naming_units_under_a_service_header_are_a_comparison_whose_mean_is_not_the_units_ikm()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Nilai IKM Kecamatan se-Kota Contoh Raya",
            string.Empty,
            "No\tJenis Layanan\tNilai IKM\tMutu",
            "1\tKecamatan Teluk Indah\t83,40\tB",
            "2\tKecamatan Bukit Raya\t85,10\tB",
            "\tRata-rata\t84,25\tB");

        Assert.DoesNotContain(result.Ikm, i => i.Ikm == 84.25m);
    }

    [Fact]
    public void An_ikm_worked_out_on_a_line_below_the_survey_and_a_weighted_column_headed_nrr_x_bobot_are_read()
    {
        string[] elements =
        [
            "U1\tPersyaratan\t3,20\t0,355", "U2\tProsedur\t3,10\t0,344", "U3\tWaktu Pelayanan\t3,30\t0,366",
            "U4\tBiaya/Tarif\t3,50\t0,389", "U5\tProduk Spesifikasi Jenis Pelayanan\t3,20\t0,355", "U6\tKompetensi Pelaksana\t3,40\t0,377",
            "U7\tPerilaku Pelaksana\t3,30\t0,366", "U8\tPenanganan Pengaduan\t3,00\t0,333", "U9\tSarana dan Prasarana\t3,10\t0,344",
        ];
        var result = Report.Extract(
        [
            "Tabel 3.6",
            "Hasil Survei Kepuasan Masyarakat Tahun 2023",
            string.Empty,
            "Kode\tUnsur Pelayanan\tNRR\tNRR x Bobot",
            .. elements,
            "\tJumlah\t\t3,229",
            string.Empty,
            "IKM = 3,229 x 25 = 80,73 (Mutu Pelayanan B, Baik).",
        ]);

        var ikm = Assert.Single(result.Ikm);
        Assert.Equal((80.73m, "B", 3.229m), (ikm.Ikm, ikm.Mutu, ikm.NrrWeightedTotal));
        Assert.All(ikm.Elements, e => Assert.NotNull(e.NrrWeighted));
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("Rata-rata", "83,55", false)]
    [InlineData("Tahun 2023", "83,55", false)]
    [InlineData("Rata-rata", "84,55", true)]
    public void A_year_surveyed_by_quarter_has_the_row_over_its_quarters_as_its_ikm_held_to_their_mean(string label, string printed, bool found)
    {
        var result = Report.Extract(
            "Tabel 3.7",
            "Nilai IKM per Triwulan Tahun 2023",
            string.Empty,
            "No\tPeriode\tJumlah Responden\tNilai IKM\tMutu Pelayanan",
            "1\tTriwulan I\t100\t82,50\tB",
            "2\tTriwulan II\t110\t83,10\tB",
            "3\tTriwulan III\t105\t84,00\tB",
            "4\tTriwulan IV\t120\t84,60\tB",
            $"\t{label}\t\t{printed}\tB");

        var ikm = Assert.Single(result.Ikm);
        Assert.Equal((2023, decimal.Parse(printed.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture), "B", 435, Report.Line(9)),
            (ikm.Year, ikm.Ikm!.Value, ikm.Mutu, ikm.Respondents!.Value, ikm.Source.Line));
        Assert.Equal(found ? [(FindingKind.SumMismatch, 83.55m)] : [], result.Findings.Select(f => (f.Kind, f.Expected.Value!.Value)));
    }

    [Theory]
    [InlineData("83,89", false)]
    [InlineData("84,89", true)]
    public void Elements_printed_as_their_own_ikm_hold_the_units_ikm_to_their_mean_and_its_mutu_is_the_grade_on_its_row(string printed, bool found)
    {
        string[] scores = ["85,00", "82,50", "80,00", "100,00", "83,75", "81,25", "86,25", "77,50", "78,75"];
        var result = Report.Extract(
        [
            "Tabel 3.4",
            "Nilai IKM per Unsur Pelayanan Tahun 2023",
            string.Empty,
            "No\tUnsur Pelayanan\tNilai Unsur\tMutu Unsur",
            .. SurveyElements.Rows(scores, [.. scores.Select(_ => "B")]),
            $"\tNilai IKM\t{printed}\tB",
        ]);

        var ikm = Assert.Single(result.Ikm);
        Assert.Equal((9, "B"), (ikm.Elements.Count, ikm.Mutu));
        Assert.Equal(found ? [(FindingKind.SumMismatch, 83.89m)] : [], result.Findings.Select(f => (f.Kind, Math.Round(f.Expected.Value!.Value, 2))));
    }
}
