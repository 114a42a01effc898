using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Output;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Table layouts of the genre: column-number rows, baseline columns, units as rows, sasaran capaian beside indicators.</summary>
public class TableLayoutTests
{
    [Theory]
    [InlineData("1\t2\t3\t4\t5\t6 = (4/3)")]
    [InlineData("1.\t2\t3\t4\t5\t6")]
    [InlineData("1.\t2.\t3.\t4.\t5.\t6.")]
    public void A_column_number_row_that_prints_a_formula_is_part_of_the_header_not_a_budget_line(string numbers)
    {
        var result = Report.Extract(
            "Tabel 3.9",
            "Realisasi Anggaran per Sub Kegiatan Tahun 2023",
            string.Empty,
            "Kode Rekening\tUraian\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%",
            numbers,
            "7.01.01.1.01\tPenyusunan Rencana Kerja\t25.000.000\t24.500.000\t500.000\t98,00",
            "7.01.01.1.02\tPengelolaan Arsip Kantor\t12.000.000\t11.400.000\t600.000\t95,00");

        Assert.Equal(["Penyusunan Rencana Kerja", "Pengelolaan Arsip Kantor"], result.Budget.Select(b => b.Name));
    }

    [Fact]
    public void The_rest_of_a_name_opening_with_a_log_heading_word_on_a_row_of_its_own_heads_no_table()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya kualitas pelayanan\tPersentase layanan kepegawaian yang diselesaikan tepat\t%\t90\t92,36\t102,62",
            string.Empty,
            "\t\tWaktu",
            string.Empty,
            "2\tMeningkatnya akuntabilitas\tNilai AKIP BKPSDM\tNilai\t72\t72,35\t100,49");

        Assert.Equal(3, result.Indicators.Count(v => v.Indicator == "Nilai AKIP BKPSDM" && v.Source.Table == "Tabel 3.1"));
    }

    [Fact]
    public void The_wrapped_rest_of_two_names_on_a_row_of_their_own_heads_no_table()
    {
        var result = Report.Extract(
            "Tabel 3.3",
            "No\tProgram/Kegiatan\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tProgram Penunjang Urusan Pemerintahan Daerah\tPersentase Dokumen Perencanaan yang Tersusun\t%\t100\t100\t100,00",
            string.Empty,
            "\tKabupaten/Kota\tTepat Waktu",
            string.Empty,
            "1.1\tAdministrasi Umum Perangkat Daerah\tPersentase Pemenuhan Kebutuhan Administrasi Umum\t%\t100\t97,50\t97,50");

        Assert.Equal(3, result.Indicators.Count(v => v.Indicator == "Persentase Pemenuhan Kebutuhan Administrasi Umum" && v.Source.Table == "Tabel 3.3"));
    }

    [Fact]
    public void A_row_printed_without_the_empty_cell_its_neighbours_leave_keeps_its_figures_in_their_columns()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Pengukuran Kinerja Tahun 2023",
            string.Empty,
            "NO\tINDIKATOR\tCAPAIAN TAHUN 2022\tTARGET 2023\tREALISASI 2023\tCAPAIAN (%)",
            "1.\tIndeks Kepuasan Masyarakat\t\t87\t86,98\t99,98",
            "2.\tPersentase Pelaksanaan Tugas Pemerintahan Umum\t100\t93,16\t93,16",
            "3.\tPersentase Pelaksanaan Pelimpahan Kewenangan\t\t100\t99,99\t99,55");

        var second = result.Indicators.Where(v => v.Indicator.StartsWith("Persentase Pelaksanaan Tugas", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [(IndicatorValueKind.Target, 2023, 100m), (IndicatorValueKind.Realization, 2023, 93.16m), (IndicatorValueKind.ReportedCapaian, 2023, 93.16m)],
            second.Select(v => (v.Kind, v.Year, v.Value!.Value)));
    }

    [Fact]
    public void Rows_all_printed_one_cell_wider_than_their_header_with_an_empty_cell_after_the_number_keep_their_figures_under_the_header()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Pengukuran Kinerja Tahun 2023",
            string.Empty,
            "No\tIndikator Kinerja\tSatuan\tCapaian 2022\tTarget\tRealisasi\tCapaian (%)",
            "1\t\tIndeks Kepuasan Masyarakat\tIndeks\t\t82\t84,15\t102,62",
            "2\t\tPersentase layanan PATEN\t%\t\t95\t97,50\t102,63",
            "\t\ttepat waktu",
            "3\t\tPersentase penyelesaian gangguan trantibum\t%\t\t100\t91,50\t91,50");

        Assert.Contains(result.Indicators, v => v.Indicator == "Persentase layanan PATEN tepat waktu" && v.Value == 97.50m);
        Assert.Equal(
            [("Indeks Kepuasan Masyarakat", "Indeks", IndicatorValueKind.Target, 82m), ("Indeks Kepuasan Masyarakat", "Indeks", IndicatorValueKind.Realization, 84.15m),
                ("Indeks Kepuasan Masyarakat", "Indeks", IndicatorValueKind.ReportedCapaian, 102.62m)],
            result.Indicators.Where(v => v.Indicator.StartsWith("Indeks", StringComparison.Ordinal)).Select(v => (v.Indicator, v.Satuan, v.Kind, v.Value!.Value)));
        Assert.Equal(9, result.Indicators.Count);
    }

    [Fact]
    public void Rows_one_cell_wider_than_their_header_only_by_an_empty_last_cell_are_left_as_they_are()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Pengukuran Kinerja Tahun 2023",
            string.Empty,
            "No\tIndikator Kinerja\tCapaian 2022\tTarget\tRealisasi",
            "1\tIndeks Kepuasan Masyarakat\t\t82\t84,15\t",
            "2\tPersentase layanan PATEN tepat waktu\t\t95\t97,50\t");

        Assert.Equal(
            [(IndicatorValueKind.Target, 82m), (IndicatorValueKind.Realization, 84.15m), (IndicatorValueKind.Target, 95m), (IndicatorValueKind.Realization, 97.50m)],
            result.Indicators.Select(v => (v.Kind, v.Value!.Value)));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(1, true)]
    public void A_budget_list_under_an_agreements_sub_heading_keeps_the_agreements_caption_however_many_blank_lines_stand_around_it(int blanks, bool noted)
    {
        string[] gap = [.. Enumerable.Repeat(string.Empty, blanks)];
        string[] note = noted ? ["Keterangan: *) angka sementara"] : [];
        var result = Report.Extract(
        [
            "PERUBAHAN PERJANJIAN KINERJA TAHUN 2023",
            string.Empty,
            "No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget",
            "1\tMeningkatnya kualitas pelayanan\tIndeks Kepuasan Masyarakat\tIndeks\t87",
            .. note,
            .. gap,
            "Sasaran 1 : Meningkatnya kualitas pelayanan publik di kecamatan",
            .. gap,
            "1\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\tRp.\t35.429.500",
            "2\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\tRp.\t1.205.866.000",
            "\tJUMLAH\tRp.\t1.241.295.500",
        ]);

        Assert.Equal(3, result.Budget.Count);
        Assert.All(result.Budget, b => Assert.Equal("PERUBAHAN PERJANJIAN KINERJA TAHUN 2023", b.Source.Table));
    }

    [Fact]
    public void A_row_the_converter_printed_without_its_tabs_does_not_cut_its_table_in_two()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Pengukuran Kinerja Tahun 2023",
            string.Empty,
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t82\t84,15\t102,62",
            "2 Persentase layanan administrasi kependudukan yang diselesaikan tepat waktu % 95 97,50 102,63",
            "3\tPersentase penyelesaian gangguan trantibum\t%\t100\t91,50\t91,50");

        var second = result.Indicators.Where(v => v.Indicator == "Persentase layanan administrasi kependudukan yang diselesaikan tepat waktu").ToList();
        Assert.Equal(
            [(IndicatorValueKind.Target, 95m), (IndicatorValueKind.Realization, 97.50m), (IndicatorValueKind.ReportedCapaian, 102.63m)],
            second.Select(v => (v.Kind, v.Value!.Value)));
        Assert.Equal("%", second[0].Satuan);
        var third = result.Indicators.Where(v => v.Indicator == "Persentase penyelesaian gangguan trantibum").ToList();
        Assert.Equal(
            [(IndicatorValueKind.Target, 100m), (IndicatorValueKind.Realization, 91.50m), (IndicatorValueKind.ReportedCapaian, 91.50m)],
            third.Select(v => (v.Kind, v.Value!.Value)));
        Assert.All(third, v => Assert.Equal("Tabel 3.2", v.Source.Table));
    }

    [Fact]
    public void A_survey_element_printed_without_its_tabs_keeps_its_label_apart_from_its_name()
    {
        string[] weighted = ["0,380000", "0,375556", "0,356667", "0,428889", "0,372222", "0,377778", "0,391111", "0,353333", "0,365556"];
        string[] nrr = ["3,42", "3,38", "3,21", "3,86", "3,35", "3,40", "3,52", "3,18", "3,29"];
        string[] names = ["Persyaratan", "Sistem, Mekanisme dan Prosedur", "Waktu Penyelesaian", "Biaya/Tarif", "Produk Spesifikasi Jenis Pelayanan",
            "Kompetensi Pelaksana", "Perilaku Pelaksana", "Sarana dan Prasarana", "Penanganan Pengaduan, Saran dan Masukan"];
        var rows = names.Select((name, i) => i == 5 ? $"U{i + 1} {name} {nrr[i]} {weighted[i]}" : $"U{i + 1}\t{name}\t{nrr[i]}\t{weighted[i]}");
        var result = Report.Extract(
        [
            "Tabel 3.6",
            "Hasil Survei Kepuasan Masyarakat Tahun 2024",
            "No\tUnsur Pelayanan\tNRR per Unsur\tNRR Tertimbang",
            .. rows,
            "\tIKM Unit Pelayanan (Jumlah NRR Tertimbang x 25)\t\t85,03",
        ]);

        var survey = Assert.Single(result.Ikm);
        Assert.Equal(9, survey.Elements.Count);
        Assert.Contains(survey.Elements, e => e.Nrr == 3.40m);
    }

    [Fact]
    public void A_row_printed_without_its_tabs_in_a_table_with_no_number_column_puts_its_name_first()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Pengukuran Kinerja Tahun 2023",
            string.Empty,
            "Indikator Kinerja\tSatuan\tTarget\tRealisasi",
            "Indeks Kepuasan Masyarakat\tIndeks\t82\t84,15",
            "Persentase layanan PATEN tepat waktu % 95 97,50",
            "Persentase penyelesaian gangguan trantibum\t%\t100\t91,50");

        var paten = result.Indicators.Where(v => v.Indicator == "Persentase layanan PATEN tepat waktu").ToList();
        Assert.Equal([(IndicatorValueKind.Target, 95m), (IndicatorValueKind.Realization, 97.50m)], paten.Select(v => (v.Kind, v.Value!.Value)));
        Assert.Equal("%", paten[0].Satuan);
    }

    [Fact]
    public void A_row_printed_without_its_tabs_beside_a_row_of_three_columns_of_words_is_not_read_and_its_table_goes_on()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Pengukuran Kinerja Tahun 2023",
            string.Empty,
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi",
            "1\tMeningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat\tIndeks\t82\t84,15",
            "2 Meningkatnya ketertiban umum Persentase penyelesaian gangguan trantibum % 100 91,50",
            "3\tMeningkatnya kualitas pelayanan publik\tPersentase layanan PATEN tepat waktu\t%\t95\t97,50");

        Assert.Equal(
            ["Indeks Kepuasan Masyarakat", "Persentase layanan PATEN tepat waktu"],
            result.Indicators.Select(v => v.Indicator).Distinct());
        Assert.Equal(4, result.Indicators.Count(v => v.Source.Table == "Tabel 3.2"));
    }

    [Fact]
    public void The_one_row_of_a_table_printed_a_cell_wider_than_its_numbered_header_keeps_its_figures_under_the_header()
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Capaian Nilai IKM Kecamatan Teluk Indah Tahun 2022-2023",
            string.Empty,
            "Indikator Kinerja\tSatuan\tTarget\t\tRealisasi\t",
            "\t\t2022\t2023\t2022\t2023",
            "(1)\t(2)\t(3)\t(4)\t(5)\t(6)",
            "Indeks Kepuasan Masyarakat (IKM)\t\tNilai\t80,00\t85,00\t90,10\t80,50");

        Assert.Equal(
            [(2022, IndicatorValueKind.Target, 80.00m), (2022, IndicatorValueKind.Realization, 90.10m),
                (2023, IndicatorValueKind.Target, 85.00m), (2023, IndicatorValueKind.Realization, 80.50m)],
            result.Indicators.Select(v => (v.Year, v.Kind, v.Value!.Value)).Order());
        Assert.Equal("Nilai", result.Indicators[0].Satuan);
    }

    [Fact]
    public void A_row_printed_with_an_empty_cell_no_other_row_has_keeps_its_figures_in_their_columns()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Pengukuran Kinerja Tahun 2023",
            string.Empty,
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\tKategori",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t82\t84,15\t102,62\tSangat Tinggi",
            "2\tPersentase layanan PATEN tepat waktu\t\t%\t95\t97,50\t102,63\tSangat Tinggi",
            "3\tPersentase penyelesaian gangguan trantibum\t%\t100\t91,50\t91,50\tSangat Tinggi");

        var second = result.Indicators.Where(v => v.Indicator == "Persentase layanan PATEN tepat waktu").ToList();
        Assert.Equal(
            [(IndicatorValueKind.Target, 95m), (IndicatorValueKind.Realization, 97.50m), (IndicatorValueKind.ReportedCapaian, 102.63m)],
            second.Select(v => (v.Kind, v.Value!.Value)));
        Assert.Equal("%", second[0].Satuan);
    }

    [Fact]
    public void In_a_table_of_two_rows_the_header_tells_which_row_has_the_extra_empty_cell()
    {
        var result = Report.Extract(
            "Tabel 3.5",
            "Capaian Kinerja Sasaran 2 Tahun 2022-2023",
            string.Empty,
            "No\tIndikator Kinerja\tSatuan\tTahun 2022\t\t\tTahun 2023\t\t",
            "\t\t\tTarget\tRealisasi\tCapaian (%)\tTarget\tRealisasi\tCapaian (%)",
            "1\tNilai Keterbukaan Informasi Publik\tNilai\t75,00\t78,45\t104,60\t80,00\t82,10\t102,63",
            "2\tIndeks Kepuasan Masyarakat Layanan Informasi Publik\t\tIndeks\t81,00\t83,12\t102,62\t82,50\t84,26\t102,13");

        var second = result.Indicators.Where(v => v.Indicator.StartsWith("Indeks Kepuasan", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [(2022, IndicatorValueKind.Target, 81.00m), (2022, IndicatorValueKind.Realization, 83.12m), (2022, IndicatorValueKind.ReportedCapaian, 102.62m),
                (2023, IndicatorValueKind.Target, 82.50m), (2023, IndicatorValueKind.Realization, 84.26m), (2023, IndicatorValueKind.ReportedCapaian, 102.13m)],
            second.Select(v => (v.Year, v.Kind, v.Value!.Value)));
        Assert.Equal("Indeks", second[0].Satuan);
    }

    [Theory]
    [InlineData("Hasil Survei Kepuasan Masyarakat Tahun 2022", true, 2022)]
    [InlineData("Hasil survei per unsur pelayanan tahun 2022 adalah sebagai berikut:", false, 2022)]
    public void A_title_case_line_right_above_a_table_with_no_tabel_number_is_its_caption_and_a_sentence_is_not(string above, bool caption, int year)
    {
        var result = Report.Extract(
        [
            "Survei dilaksanakan pada bulan Oktober dengan 412 responden.",
            string.Empty,
            above,
            string.Empty,
            "No\tUnsur Pelayanan\tNRR per Unsur",
            .. SurveyElements.Rows(["3,42", "3,38", "3,21", "3,86", "3,35", "3,40", "3,52", "3,29", "3,18"]),
            "\tNilai IKM\t85,03",
            "\tMutu Pelayanan\tB",
        ]);

        var ikm = Assert.Single(result.Ikm);
        Assert.Equal((caption, year, 85.03m), (ikm.Source.Table == above, ikm.Year, ikm.Ikm!.Value));
    }

    [Fact]
    public void Columns_the_converter_left_empty_in_every_row_of_a_table_are_not_columns_of_it()
    {
        var result = Report.Extract(
            "TABEL III.1",
            "CAPAIAN PENGUKURAN KINERJA TAHUN 2023",
            string.Empty,
            "SASARAN STRATEGIS\t\tINDIKATOR KINERJA\t\t\t\tSATUAN\t\tTARGET TAHUNAN\t\tREALISASI TAHUN 2023",
            "1\t\t2\t\t\t\t3\t\t4\t\t5",
            "Meningkatnya Kualitas Pelayanan Kecamatan\t\ta\t\tIndeks Kepuasan Masyarakat\t\tIndeks\t\t87\t\t86,98",
            "\t\tb\t\tPersentase Pelaksanaan Tugas Pemerintahan Umum\t\t%\t\t100\t\t93,16",
            string.Empty,
            "No\t\tUraian\t\tPagu (Rp)\t\tRealisasi (Rp)\t\t%",
            "1\t\tProgram Penunjang Urusan Pemerintahan Daerah\t\t1.200.000.000\t\t1.150.000.000\t\t95,83");

        Assert.Equal(
            [
                ("Indeks Kepuasan Masyarakat", "Indeks", IndicatorValueKind.Target, 87m),
                ("Indeks Kepuasan Masyarakat", "Indeks", IndicatorValueKind.Realization, 86.98m),
                ("Persentase Pelaksanaan Tugas Pemerintahan Umum", "%", IndicatorValueKind.Target, 100m),
                ("Persentase Pelaksanaan Tugas Pemerintahan Umum", "%", IndicatorValueKind.Realization, 93.16m),
            ],
            result.Indicators.Select(v => (v.Indicator, v.Satuan, v.Kind, v.Value!.Value)));
        AssertTheOneProgramLine(result);
    }

    [Fact]
    public void A_markdown_pipe_table_is_read_like_a_tabbed_one_its_rule_under_the_first_header_row_being_no_break()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            string.Empty,
            "| No | Indikator Kinerja | Satuan | Tahun 2023 | | |",
            "|---|---|---|---|---|---|",
            "| | | | Target | Realisasi | Capaian (%) |",
            "| 1 | Indeks Kepuasan Masyarakat | Indeks | 80 | 85 | 106,25 |",
            "| 2 | Persentase usulan musrenbang yang terakomodir | % | 60 | 45 | 75 |",
            string.Empty,
            "Tabel 3.2",
            "Realisasi Anggaran Tahun 2023",
            string.Empty,
            "| No | Uraian | Anggaran | | |",
            "|:--|:--|--:|--:|--:|",
            "| | | Pagu (Rp) | Realisasi (Rp) | % |",
            "| 1 | Program Penunjang Urusan Pemerintahan Daerah | 1.200.000.000 | 1.150.000.000 | 95,83 |");

        Assert.Equal(
            [
                ("Indeks Kepuasan Masyarakat", IndicatorValueKind.Target, 80m, Report.Line(7)),
                ("Indeks Kepuasan Masyarakat", IndicatorValueKind.Realization, 85m, Report.Line(7)),
                ("Indeks Kepuasan Masyarakat", IndicatorValueKind.ReportedCapaian, 106.25m, Report.Line(7)),
                ("Persentase usulan musrenbang yang terakomodir", IndicatorValueKind.Target, 60m, Report.Line(8)),
                ("Persentase usulan musrenbang yang terakomodir", IndicatorValueKind.Realization, 45m, Report.Line(8)),
                ("Persentase usulan musrenbang yang terakomodir", IndicatorValueKind.ReportedCapaian, 75m, Report.Line(8)),
            ],
            result.Indicators.Select(v => (v.Indicator, v.Kind, v.Value!.Value, v.Source.Line)));
        AssertTheOneProgramLine(result);
    }

    [Fact]
    public void A_column_number_row_printed_in_bold_is_part_of_the_header()
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Capaian Nilai IKM Kecamatan Contoh Tahun 2022-2023",
            string.Empty,
            "**Indikator Kinerja**\t**Satuan**\t**Target**\t\t**Realisasi**\t",
            "\t\t**2022**\t**2023**\t**2022**\t**2023**",
            "**(1)**\t**(2)**\t**(3)**\t**(4)**\t**(5)**\t**(6)**",
            "Indeks Kepuasan Masyarakat (IKM)\tNilai\t80,00\t85,00\t90,10\t80,50");

        Assert.Equal(
            [
                (2022, IndicatorValueKind.Target, 80m),
                (2023, IndicatorValueKind.Target, 85m),
                (2022, IndicatorValueKind.Realization, 90.10m),
                (2023, IndicatorValueKind.Realization, 80.50m),
            ],
            result.Indicators.Select(v => (v.Year, v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void A_table_printed_right_under_another_without_a_blank_line_starts_at_its_own_header()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            string.Empty,
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t80\t85\t106,25",
            "TUJUAN\t\tSASARAN\t\tPROGRAM",
            "Uraian\tIndikator Tujuan\tUraian\tIndikator Sasaran\tUraian\tAnggaran",
            "Meningkatkan kualitas pelayanan publik\tIndeks Kepuasan Masyarakat\tMeningkatnya kualitas pelayanan\tPersentase layanan tepat waktu\tProgram Penunjang Urusan Pemerintahan Daerah\t1.200.000.000");

        Assert.Equal(
            [(IndicatorValueKind.Target, 80m), (IndicatorValueKind.Realization, 85m), (IndicatorValueKind.ReportedCapaian, 106.25m)],
            result.Indicators.Where(v => v.Source.Line == Report.Line(5)).Select(v => (v.Kind, v.Value!.Value)));
        Assert.DoesNotContain(result.Indicators, v => v.Source.Line is var line && line > Report.Line(5));
        var budget = Assert.Single(result.Budget);
        Assert.Equal(("Program Penunjang Urusan Pemerintahan Daerah", 1_200_000_000m, Report.Line(8)), (budget.Name, budget.Pagu, budget.Source.Line));
    }

    [Fact]
    public void A_table_of_targets_printed_right_under_a_table_of_realizations_is_a_table_of_its_own()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            string.Empty,
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t80\t85\t106,25",
            "No\tIndikator Kinerja\tSatuan\tTarget 2024\tTarget 2025\tTarget 2026",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t82\t84\t86");

        Assert.Equal(
            [(2024, 82m), (2025, 84m), (2026, 86m)],
            result.Indicators.Where(v => v.Source.Line == Report.Line(7)).Select(v => (v.Year, v.Value!.Value)));
        Assert.Equal(3, result.Indicators.Count(v => v.Source.Line == Report.Line(5)));
    }

    [Fact]
    public void A_source_note_printed_with_a_stray_cell_right_under_a_table_ends_it()
    {
        var document = TextReportReader.Read("laporan.txt", string.Join('\n',
            "Tabel 1.3",
            "Penggunaan Lahan per Desa",
            string.Empty,
            "No.\tNama Desa\tLuas Perkebunan\tLuas Pertanian",
            "1.\tSei Balai\t16 Ha\t55 Ha",
            "2.\tKwala Sikasim\t13,5 Ha\t113 Ha",
            "J u m l a h\t\t29,5 Ha\t168 Ha",
            "Sumber Data: Seksi Tata Pemerintahan Kecamatan Sei Balai Tahun 2023\t",
            string.Empty));

        var table = Assert.Single(TableSegmenter.Segment(document.Pages[0]));

        Assert.Equal((7, 3), (table.LastLine, table.DataRows.Count));
    }

    [Fact]
    public void A_kondisi_awal_column_is_the_realization_of_the_year_printed_under_it()
    {
        var result = Report.Extract(
            "Tabel 2.2",
            "Indikator dan Target Rencana Strategis 2019-2023",
            string.Empty,
            "Sasaran\tIndikator Kinerja\tSatuan\tKondisi Awal\tTarget Kinerja Tahun\t\t\t\t",
            "\t\t\t(2018)\t2019\t2020\t2021\t2022\t2023",
            "(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)",
            "Meningkatnya Kualitas Layanan Kecamatan\tIndeks Kepuasan Masyarakat\tIndeks\t74,10\t75\t76\t77\t78\t80");

        var baseline = Assert.Single(result.Indicators, v => v.Kind == IndicatorValueKind.Realization);
        Assert.Equal((2018, 74.10m), (baseline.Year, baseline.Value));
        Assert.Equal(5, result.Indicators.Count(v => v.Kind == IndicatorValueKind.RenstraTarget));
    }

    [Theory]
    [InlineData("Baseline")]
    [InlineData("Kondisi Kinerja Awal RPJMD")]
    public void A_baseline_without_a_year_is_the_realization_of_the_year_before_the_first_target(string header)
    {
        var result = Report.Extract(
            "Tabel 2.1",
            "Target Kinerja Renstra",
            string.Empty,
            $"No\tIndikator Kinerja\tSatuan\t{header}\tTarget 2022\tTarget 2023\tTarget 2024",
            "1\tPersentase Desa dengan Sistem Informasi Desa\t%\t40\t55\t70\t85");

        var baseline = Assert.Single(result.Indicators, v => v.Kind == IndicatorValueKind.Realization);
        Assert.Equal((2021, 40m), (baseline.Year, baseline.Value));
    }

    [Fact]
    public void A_kondisi_akhir_column_is_the_renstra_target_of_the_last_year_of_the_plan()
    {
        var result = Report.Extract(
            "Tabel 2.3",
            "Indikator Kinerja Utama Renstra 2021-2026",
            string.Empty,
            "No\tIndikator Kinerja\tSatuan\tKondisi Kinerja pada Awal Periode Renstra\tTarget 2022\tTarget 2023\tKondisi Kinerja pada Akhir Periode Renstra",
            "1\tPersentase Pengaduan yang Ditindaklanjuti\t%\t62\t80\t85\t95");

        Assert.Contains(result.Indicators, v => v is { Kind: IndicatorValueKind.Realization, Year: 2021, Value: 62m });
        Assert.Contains(result.Indicators, v => v is { Kind: IndicatorValueKind.RenstraTarget, Year: 2026, Value: 95m });
        Assert.Equal(3, result.Indicators.Count(v => v.Kind == IndicatorValueKind.RenstraTarget));
    }

    [Fact]
    public void Units_compared_as_rows_under_target_and_realisasi_years_give_each_unit_the_indicator_the_caption_names()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Indikator Kinerja Utama Tahun 2023",
            "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
            "1\tPersentase Desa yang Menyampaikan Profil Desa\t80\t84\t105,00",
            string.Empty,
            "Tabel 3.6",
            "Perbandingan Persentase Desa yang Menyampaikan Profil Desa Kecamatan Teluk Indah dan Kecamatan Bukit Hijau",
            string.Empty,
            "No\tKecamatan\tTarget\t\t\tRealisasi\t\t",
            "\t\t2021\t2022\t2023\t2021\t2022\t2023",
            "1\tKecamatan Teluk Indah\t70.00\t75.00\t80.00\t71.50\t78.20\t84.00",
            "2\tKecamatan Bukit Hijau\t65.00\t72.00\t78.00\t66.10\t70.40\t79.30");

        var compared = result.Indicators.Where(v => v.Source.Table == "Tabel 3.6").ToList();
        Assert.Equal(12, compared.Count);
        Assert.All(compared, v => Assert.Equal("Persentase Desa yang Menyampaikan Profil Desa", v.Indicator));
        Assert.DoesNotContain(compared, v => v.Kind == IndicatorValueKind.RenstraTarget);
        Assert.Contains(compared, v => v is { Unit: "Kecamatan Teluk Indah", Year: 2022, Kind: IndicatorValueKind.Target, Value: 75.00m });
        Assert.Contains(compared, v => v is { Unit: "Kecamatan Bukit Hijau", Year: 2023, Kind: IndicatorValueKind.Realization, Value: 79.30m });
    }

    [Theory]
    [InlineData("Disdukcapil Kabupaten Contoh Raya", "Dinas Kependudukan dan Pencatatan Sipil")]
    [InlineData("Disdukcapil Kota Muara Jaya", "Dinas Kependudukan dan Pencatatan Sipil Kota Muara Jaya")]
    [InlineData("Disdukcapil Kab. Bukit Hijau", "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bukit Hijau")]
    [InlineData("Dinas Sosial Kota Muara Jaya", "Dinas Sosial Kota Muara Jaya")]
    public void A_row_naming_the_reporting_unit_by_its_short_name_is_that_unit_or_its_counterpart_in_another_pemda(string printed, string unit)
    {
        var text = string.Join(
            '\n',
            "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023",
            string.Empty,
            "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
            string.Empty,
            "PEMERINTAH KABUPATEN CONTOH RAYA",
            string.Empty,
            "Tabel 3.1",
            "Capaian Indikator Kinerja Utama Tahun 2023",
            "No\tIndikator Kinerja\tTarget\tRealisasi",
            "1\tCakupan Kepemilikan KTP Elektronik\t95\t96,5",
            string.Empty,
            "Tabel 3.4",
            "Perbandingan Cakupan Kepemilikan KTP Elektronik dengan Daerah Lain",
            string.Empty,
            "No\tPerangkat Daerah\tTarget\t\tRealisasi\t",
            "\t\t2022\t2023\t2022\t2023",
            $"1\t{printed}\t94\t95\t94,80\t96,50");

        var result = new ReportExtractor().ExtractText("contoh.txt", text);

        var compared = result.Indicators.Where(v => v.Source.Table == "Tabel 3.4").ToList();
        Assert.Equal(4, compared.Count);
        Assert.All(compared, v => Assert.Equal(unit, v.Unit));
    }

    [Fact]
    public void A_capaian_sasaran_column_beside_indicator_rows_is_the_sasarans_capaian_and_the_average_row_the_iku_average()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Capaian Indikator Kinerja Utama Tahun 2023",
            string.Empty,
            "No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\tKategori\tCapaian Sasaran (%)",
            "(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)",
            "1\tMeningkatnya Tertib Administrasi Kependudukan\tCakupan Penerbitan Akta Kelahiran\t%\t90\t94,5\t105,00\tSangat Tinggi\t101,25",
            "\t\tCakupan Penerbitan Kartu Identitas Anak\t%\t60\t58,5\t97,50\tSangat Tinggi\t",
            "2\tMeningkatnya Kualitas Pelayanan Publik\tIndeks Kepuasan Masyarakat\tIndeks\t82\t84,46\t103,00\tSangat Tinggi\t103,00",
            "\t\tRata-rata Capaian IKU\t\t\t\t101,83\tSangat Tinggi\t");

        var capaian = result.Indicators.Where(v => v.Kind == IndicatorValueKind.ReportedCapaian).ToList();
        Assert.Equal([105.00m, 97.50m, 103.00m], capaian.Select(v => v.Value));
        Assert.DoesNotContain(result.Indicators, v => v.Indicator.StartsWith("Rata-rata", StringComparison.Ordinal));
        var sasaran = result.AverageCapaian.Where(a => !a.IsIkuAverage).ToList();
        Assert.Equal([("Meningkatnya Tertib Administrasi Kependudukan", 101.25m), ("Meningkatnya Kualitas Pelayanan Publik", 103.00m)], sasaran.Select(a => (a.Goal!, a.Value)));
        var average = Assert.Single(result.AverageCapaian, a => a.IsIkuAverage);
        Assert.Equal((2023, 101.83m, Report.Line(9)), (average.Year, average.Value, average.Source.Line));
        var gold = ExtractionJson.ToGold(result);
        Assert.Equal((2, 1), (gold.SasaranCapaian!.Count, gold.IkuAverageCapaian!.Count));
    }

    [Fact]
    public void A_capaian_beside_sasaran_rows_with_no_indicator_column_is_the_sasarans_capaian()
    {
        var result = Report.Extract(
            "Tabel 3.12",
            "Analisis Efisiensi Penggunaan Sumber Daya Tahun 2023",
            string.Empty,
            "No\tSasaran\tCapaian Kinerja (%)\tProgram Pendukung\tPenyerapan Anggaran (%)\tTingkat Efisiensi (%)",
            "1\tMeningkatnya Tertib Administrasi Kependudukan\t101,25\tProgram Pendaftaran Penduduk\t96,40\t4,85",
            "2\tMeningkatnya Kualitas Pelayanan Publik\t103,00\tProgram Pencatatan Sipil\t92,10\t10,90");

        Assert.DoesNotContain(result.Indicators, v => v.Kind == IndicatorValueKind.ReportedCapaian);
        Assert.Equal([101.25m, 103.00m], result.AverageCapaian.Select(a => a.Value));
        Assert.All(result.AverageCapaian, a => Assert.False(a.IsIkuAverage));
    }

    [Fact]
    public void A_capaian_kinerja_sasaran_column_that_is_the_only_capaian_beside_indicators_is_theirs()
    {
        var result = Report.Extract(
            "No\tSasaran\tIndikator Kinerja\tTarget\tRealisasi\tCapaian Kinerja Sasaran (%)",
            "1\tMeningkatnya Kualitas Pelayanan Publik\tIndeks Kepuasan Masyarakat\t82\t84,46\t103,00");

        Assert.Contains(result.Indicators, v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 103.00m });
        Assert.Empty(result.AverageCapaian);
    }

    [Fact]
    public void A_penyerapan_column_beside_programs_gives_each_program_its_penyerapan_and_the_capaian_stays_the_programs()
    {
        var result = Report.Extract(
            "Tabel 3.16",
            "Efisiensi Penggunaan Anggaran per Program",
            string.Empty,
            "No\tProgram\tCapaian Kinerja (%)\tPenyerapan Anggaran (%)\tTingkat Efisiensi (%)",
            "1\tProgram Penunjang Urusan Pemerintahan Daerah\t100,00\t95,97\t4,03",
            "2\tProgram Kepegawaian Daerah\t102,29\t94,58\t7,71");

        Assert.Equal([95.97m, 94.58m], result.Budget.Select(b => b.ReportedPercent!.Value));
        Assert.All(result.Budget, b => Assert.Equal((BudgetLevel.Program, BudgetStage.RealisasiReport, null, null), (b.Level, b.Stage, b.Pagu, b.Realisasi)));
        Assert.Equal([Report.Line(5), Report.Line(6)], result.Budget.Select(b => b.Source.Line));
        Assert.Equal([100.00m, 102.29m], result.Indicators.Select(v => v.Value));
        Assert.All(result.Indicators, v => Assert.Equal(IndicatorValueKind.ReportedCapaian, v.Kind));
    }

    [Fact]
    public void A_penyerapan_beside_a_sasaran_explains_its_efficiency_and_is_no_budget_line()
    {
        var result = Report.Extract(
            "Tabel 3.15",
            "Analisis Efisiensi Penggunaan Sumber Daya Tahun 2023",
            string.Empty,
            "No\tSasaran\tCapaian Kinerja (%)\tProgram Pendukung\tPenyerapan Anggaran (%)\tTingkat Efisiensi (%)",
            "1\tMeningkatnya Kualitas Pelayanan Publik\t100,20\tProgram Penyelenggaraan Pemerintahan\t97,03\t3,17");

        Assert.Empty(result.Budget);
    }

    [Fact]
    public void Indicators_as_column_groups_over_years_as_rows_give_each_figure_its_groups_indicator_and_its_rows_year()
    {
        var result = Report.Extract(
            "Tabel 3.5",
            "Perbandingan Target dan Realisasi Tahun 2021-2023",
            string.Empty,
            "Tahun\tIndeks Profesionalitas ASN\t\t\tPersentase ASN yang Dijatuhi Hukuman Disiplin\t\t",
            "\tTarget\tRealisasi\tCapaian (%)\tTarget (%)\tRealisasi (%)\tCapaian (%)",
            "2021\t58,00\t58,40\t100,69\t0,85\t0,81\t104,71",
            "2022\t62,00\t60,85\t98,15\t0,75\t0,84\t88,00",
            "2023\t66,00\t67,10\t101,67\t0,70\t0,66\t105,71");

        Assert.Equal(18, result.Indicators.Count);
        var ip = result.Indicators.Where(v => v.Indicator == "Indeks Profesionalitas ASN").ToList();
        var disiplin = result.Indicators.Where(v => v.Indicator == "Persentase ASN yang Dijatuhi Hukuman Disiplin").ToList();
        Assert.Equal(9, ip.Count);
        Assert.Equal(9, disiplin.Count);
        Assert.Contains(ip, v => v is { Year: 2022, Kind: IndicatorValueKind.Realization, Value: 60.85m } && v.Source.Line == Report.Line(7));
        Assert.Contains(disiplin, v => v is { Year: 2021, Kind: IndicatorValueKind.Target, Value: 0.85m } && v.Source.Line == Report.Line(6));
        Assert.Contains(disiplin, v => v is { Year: 2023, Kind: IndicatorValueKind.ReportedCapaian, Value: 105.71m } && v.Source.Line == Report.Line(8));
    }

    [Fact]
    public void An_indicator_name_wrapped_over_the_rows_below_its_figures_is_read_whole()
    {
        var result = Report.Extract(
            "Tabel 3.4",
            "Perbandingan Realisasi IKU Tahun 2022-2023",
            string.Empty,
            "No\tIndikator Kinerja Utama\tSatuan\tRealisasi\t",
            "\t\t\t2022\t2023",
            "1\tPersentase ASN yang Memenuhi Standar\t%\t37,25\t47,20",
            "\tKompetensi Jabatan",
            "2\tPersentase ASN yang Dijatuhi\t%\t0,81\t0,84",
            "\tHukuman Disiplin",
            "3\tNilai AKIP\tNilai\t71,40\t72,35");

        Assert.Equal(
            ["Persentase ASN yang Memenuhi Standar Kompetensi Jabatan", "Persentase ASN yang Dijatuhi Hukuman Disiplin", "Nilai AKIP"],
            result.Indicators.Select(v => v.Indicator).Distinct());
        Assert.Equal(Report.Line(8), result.Indicators.Single(v => v is { Year: 2023, Value: 0.84m }).Source.Line);
    }

    [Theory]
    [InlineData("Realisasi Provinsi")]
    [InlineData("Realisasi Provinsi 2023")]
    [InlineData("Realisasi Provinsi Kalimantan Selatan")]
    [InlineData("Realisasi Kabupaten")]
    [InlineData("Rata-rata Kota")]
    public void A_realization_of_the_province_or_the_whole_pemda_beside_the_units_is_not_the_units(string header)
    {
        var result = Report.Extract(
            "Tabel 3.3",
            "Perbandingan Realisasi Kinerja dengan Provinsi dan Nasional",
            string.Empty,
            $"No\tIndikator\tRealisasi Kecamatan 2023\t{header}\tRealisasi Nasional",
            "1\tIndeks Kepuasan Masyarakat\t83,40\t81,20\t82,15");

        Assert.Equal(
            [(IndicatorValueKind.Realization, 83.40m), (IndicatorValueKind.NationalRealization, 82.15m)],
            result.Indicators.Select(v => (v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void Units_compared_on_an_indicator_the_caption_names_by_its_acronym_are_read_as_that_indicator()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya kualitas pelayanan publik\tPersentase layanan PATEN yang diselesaikan tepat waktu\t%\t90\t95\t105,56",
            "2\tMeningkatnya kualitas pelayanan publik\tJumlah dokumen kependudukan yang diterbitkan\tDokumen\t1.200\t1.350\t112,50",
            string.Empty,
            "Tabel 3.2",
            "Perbandingan Capaian Layanan PATEN Antar Kecamatan Tahun 2023",
            string.Empty,
            "No\tKecamatan\tTarget (%)\tRealisasi (%)\tCapaian (%)",
            "1\tTeluk Indah\t90\t95\t105,56",
            "2\tBukit Raya\t90\t92\t102,22");

        var compared = result.Indicators.Where(v => v.Source.Table == "Tabel 3.2").ToList();
        Assert.Equal(6, compared.Count);
        Assert.All(compared, v => Assert.Equal("Persentase layanan PATEN yang diselesaikan tepat waktu", v.Indicator));
        Assert.Contains(compared, v => v is { Unit: "Kecamatan Bukit Raya", Kind: IndicatorValueKind.Realization, Value: 92m });
    }

    [Theory]
    [InlineData("Target Tahun 2023\tRealisasi s/d Triwulan IV\tCapaian s/d Triwulan IV (%)")]
    [InlineData("T\tR\t%")]
    public void A_measurement_table_headed_by_letters_or_by_the_last_quarter_gives_the_years_target_realization_and_capaian(string header)
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Kinerja Tahun 2023",
            string.Empty,
            $"No\tIndikator\t{header}",
            "1\tPersentase armada siap operasi\t90\t92\t102,22");

        Assert.Equal(
            [(IndicatorValueKind.Target, 90m), (IndicatorValueKind.Realization, 92m), (IndicatorValueKind.ReportedCapaian, 102.22m)],
            result.Indicators.Select(v => (v.Kind, v.Value!.Value)));
    }

    [Theory]
    [InlineData("Tahun ke-1\tTahun ke-2\tTahun ke-3\tTahun ke-4\tTahun ke-5")]
    [InlineData("Tahun 1\tTahun 2\tTahun 3\tTahun 4\tTahun 5")]
    [InlineData("Tahun I\tTahun II\tTahun III\tTahun IV\tTahun V")]
    public void Targets_of_the_plans_counted_years_end_at_the_renstras_last_year(string years)
    {
        var result = Report.Extract(
            "Renstra Kecamatan Teluk Indah Tahun 2021-2026 menetapkan target sebagai berikut.",
            string.Empty,
            "Tabel 2.1",
            "Target Kinerja Renstra",
            string.Empty,
            "No\tIndikator\tKondisi Kinerja Awal\tTarget Kinerja\t\t\t\t\tKondisi Kinerja Akhir Periode Renstra",
            $"\t\t\t{years}\t",
            "1\tPersentase layanan PATEN tepat waktu\t70\t75\t80\t85\t90\t95\t95");

        Assert.Equal(
            [(2021, IndicatorValueKind.Realization, 70m), (2022, IndicatorValueKind.RenstraTarget, 75m), (2023, IndicatorValueKind.RenstraTarget, 80m),
             (2024, IndicatorValueKind.RenstraTarget, 85m), (2025, IndicatorValueKind.RenstraTarget, 90m), (2026, IndicatorValueKind.RenstraTarget, 95m)],
            result.Indicators.Select(v => (v.Year, v.Kind, v.Value!.Value)).Distinct());
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Targets_of_the_plans_years_counted_under_one_heading_follow_the_baseline_year()
    {
        var result = Report.Extract(
            "Tabel 2.1",
            "Indikator Kinerja dan Target Renstra 2021-2026",
            "No\tIndikator Kinerja\tSatuan\tKondisi Awal (2020)\tTarget Tahun ke-\t\t\t\t\tKondisi Akhir",
            "\t\t\t\t1\t2\t3\t4\t5\t",
            "1\tPersentase penanganan kebakaran sesuai standar waktu tanggap\t%\t85\t86\t88\t90\t92\t94\t94");

        Assert.Equal(
            [(2020, IndicatorValueKind.Realization, 85m), (2021, IndicatorValueKind.RenstraTarget, 86m), (2022, IndicatorValueKind.RenstraTarget, 88m),
             (2023, IndicatorValueKind.RenstraTarget, 90m), (2024, IndicatorValueKind.RenstraTarget, 92m), (2025, IndicatorValueKind.RenstraTarget, 94m)],
            result.Indicators.Where(v => v.Year <= 2025).Select(v => (v.Year, v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void Targets_of_years_counted_under_one_heading_with_no_year_to_count_from_give_nothing()
    {
        var result = Report.Extract(
            "Tabel 2.1",
            "Indikator Kinerja dan Target",
            "No\tIndikator Kinerja\tSatuan\tKondisi Awal\tTarget Tahun ke-\t\t\t\t\tKondisi Akhir",
            "\t\t\t\t1\t2\t3\t4\t5\t",
            "1\tPersentase penanganan kebakaran sesuai standar waktu tanggap\t%\t85\t86\t88\t90\t92\t94\t94");

        Assert.DoesNotContain(result.Indicators, v => v.Kind is IndicatorValueKind.Target or IndicatorValueKind.RenstraTarget && v.Value is 86m or 88m or 90m or 92m);
    }

    [Fact]
    public void A_sasaran_wrapped_beside_the_next_indicators_figures_is_one_sasaran_for_both()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            string.Empty,
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya kualitas\tIndeks Kepuasan Masyarakat\tIndeks\t82\t83,40\t101,71",
            "\tpelayanan publik\tPersentase layanan PATEN tepat waktu\t%\t90\t95\t105,56",
            "\tkecamatan\t\t\t\t\t",
            "2\tMeningkatnya ketentraman\tPersentase penyelesaian gangguan trantibum\t%\t100\t91,50\t91,50");

        Assert.Equal(
            [("Indeks Kepuasan Masyarakat", "Meningkatnya kualitas pelayanan publik kecamatan"),
             ("Persentase layanan PATEN tepat waktu", "Meningkatnya kualitas pelayanan publik kecamatan"),
             ("Persentase penyelesaian gangguan trantibum", "Meningkatnya ketentraman")],
            result.Indicators.Select(v => (v.Indicator, v.Goal)).Distinct());
    }

    [Theory]
    [InlineData("No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi", "", "1\t2\t3\t4\t5")]
    [InlineData("No\tIndikator Kinerja\tSatuan\tTarget Tahun 2023", "", "\t\t\tTarget\tRealisasi")]
    [InlineData("No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi", "1\t2\t3\t4\t5", "")]
    public void A_blank_line_inside_the_header_or_under_it_does_not_cut_the_table(string first, string second, string third)
    {
        var result = Report.Extract(
        [
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            string.Empty,
            first,
            second,
            third,
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t82\t84,15",
            "2\tPersentase layanan PATEN tepat waktu\t%\t95\t97,50",
        ]);

        Assert.Equal(
            [("Indeks Kepuasan Masyarakat", IndicatorValueKind.Target, 82m), ("Indeks Kepuasan Masyarakat", IndicatorValueKind.Realization, 84.15m),
                ("Persentase layanan PATEN tepat waktu", IndicatorValueKind.Target, 95m), ("Persentase layanan PATEN tepat waktu", IndicatorValueKind.Realization, 97.50m)],
            result.Indicators.Select(v => (v.Indicator, v.Kind, v.Value!.Value)));
        Assert.All(result.Indicators, v => Assert.Equal(("Tabel 3.1", 2023), (v.Source.Table, v.Year)));
    }

    private static void AssertTheOneProgramLine(ExtractionResult result)
    {
        var line = Assert.Single(result.Budget);
        Assert.Equal(("Program Penunjang Urusan Pemerintahan Daerah", 1_200_000_000m, 1_150_000_000m), (line.Name, line.Pagu, line.Realisasi));
    }
}
