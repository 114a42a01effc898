using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

public class WrappedNameTests
{
    [Fact]
    public void A_name_wrapped_below_its_figures_is_read_whole()
    {
        var result = Report.Extract(
            "Tabel 3.4",
            "Perbandingan Realisasi IKU Tahun 2021-2023",
            "No\tIndikator Kinerja Utama\tSatuan\tRealisasi 2021\tRealisasi 2022\tRealisasi 2023",
            "1\tPersentase ASN yang Memenuhi Standar\t%\t22,40\t25,10\t31,50",
            "\tKompetensi Jabatan",
            "2\tPersentase ASN yang Mengikuti\t%\t52,30\t57,80\t38,00",
            "\tPengembangan Kompetensi Minimal 20",
            "\tJam Pelajaran",
            "3\tIndeks Profesionalitas ASN\tNilai\t48,10\t51,35\t56,20");

        Assert.Equal(
            ["Persentase ASN yang Memenuhi Standar Kompetensi Jabatan", "Persentase ASN yang Mengikuti Pengembangan Kompetensi Minimal 20 Jam Pelajaran", "Indeks Profesionalitas ASN"],
            result.Indicators.Select(v => v.Indicator).Distinct());
        Assert.Equal(9, result.Indicators.Count);
        Assert.Equal(Report.Line(4), result.Indicators[0].Source.Line);
    }

    [Theory]
    [InlineData("1", "2")]
    [InlineData("1.", "2.")]
    public void Names_centred_on_their_figures_take_the_line_above_and_below_and_keep_the_figures_line(string first, string second)
    {
        var result = Report.Extract(
            "Tabel 3.3",
            "Capaian Indikator Program dan Kegiatan Tahun 2023",
            "No\tProgram/Kegiatan\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            $"{first}\tProgram Penunjang Urusan\tPersentase Dokumen Perencanaan",
            "\tPemerintahan Daerah\tdan Pelaporan Kinerja yang Tersusun\t%\t100\t100\t100,00",
            "\tKabupaten/Kota\tTepat Waktu",
            $"{second}\tProgram Kepegawaian Daerah\tPersentase Data Kepegawaian yang",
            "\t\tMutakhir dalam SIMPEG\t%\t95\t97,18\t102,29",
            "2.1\tMutasi dan Promosi ASN\tJumlah ASN yang Dimutasi dan",
            "\t\tDipromosikan Sesuai Kompetensi\tOrang\t450\t512\t113,78");

        var names = result.Indicators.Select(v => (v.Goal, v.Indicator)).Distinct().ToList();
        Assert.Equal(
            [
                ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Persentase Dokumen Perencanaan dan Pelaporan Kinerja yang Tersusun Tepat Waktu"),
                ("Program Kepegawaian Daerah", "Persentase Data Kepegawaian yang Mutakhir dalam SIMPEG"),
                ("Mutasi dan Promosi ASN", "Jumlah ASN yang Dimutasi dan Dipromosikan Sesuai Kompetensi"),
            ],
            names);
        Assert.Equal(Report.Line(5), result.Indicators[0].Source.Line);
    }

    [Fact]
    public void A_sasaran_heading_above_its_indicators_stays_the_sasaran()
    {
        var result = Report.Extract(
            "Tabel 2.2",
            "Target Kinerja Renstra",
            "No\tSasaran\tIndikator\tSatuan\tTarget 2023",
            "1\tMeningkatnya Kualitas Pelayanan",
            "\t\tIndeks Kepuasan Masyarakat\tIndeks\t82,00",
            "\t\tPersentase Layanan Tepat Waktu\t%\t90,00");

        Assert.All(result.Indicators, v => Assert.Equal("Meningkatnya Kualitas Pelayanan", v.Goal));
        Assert.Equal(["Indeks Kepuasan Masyarakat", "Persentase Layanan Tepat Waktu"], result.Indicators.Select(v => v.Indicator));
    }

    [Fact]
    public void A_goal_statement_in_the_indicator_column_under_an_indicator_row_heads_the_rows_below_and_is_no_part_of_the_name_above()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Indikator Kinerja Tahun 2023",
            "No\tSasaran / Indikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "\tMeningkatnya Kualitas Pelayanan Publik\t\t\t\t",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t82\t84,10\t102,56",
            "\tMeningkatnya Akuntabilitas Kinerja\t\t\t\t",
            "2\tNilai AKIP Kecamatan\tNilai\t70\t71,25\t101,79",
            "\tTerwujudnya Ketentraman dan Ketertiban Umum\t\t\t\t",
            "3\tPersentase Penanganan Gangguan Trantibum\t%\t100\t100\t100");

        Assert.Equal(
            [
                ("Indeks Kepuasan Masyarakat", "Meningkatnya Kualitas Pelayanan Publik"),
                ("Nilai AKIP Kecamatan", "Meningkatnya Akuntabilitas Kinerja"),
                ("Persentase Penanganan Gangguan Trantibum", "Terwujudnya Ketentraman dan Ketertiban Umum"),
            ],
            result.Indicators.Select(v => (v.Indicator, v.Goal)).Distinct());
    }

    [Fact]
    public void A_goal_wrapped_in_title_case_over_unnumbered_rows_goes_on_and_a_statement_of_its_own_starts_a_goal()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Capaian Kinerja Sasaran Strategis Tahun 2023",
            string.Empty,
            "No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi",
            "1\tMeningkatnya Kualitas\tIndeks Kepuasan Masyarakat\tIndeks\t82,00\t84,28",
            "\tPelayanan Administrasi\tPersentase Layanan Administrasi Tepat Waktu\t%\t90,00\t92,36",
            "\tKepegawaian\tPersentase ASN yang Dijatuhi Hukuman Disiplin\t%\t0,75\t0,84",
            "2\tTerpeliharanya Barang Milik Daerah\tPersentase Barang Milik Daerah yang Terpelihara\t%\t100\t100",
            "\tTersedianya Jasa Komunikasi\tJumlah Laporan Penyediaan Jasa Komunikasi\tLaporan\t12\t12");

        Assert.Equal(
            [
                ("Meningkatnya Kualitas Pelayanan Administrasi Kepegawaian", "Indeks Kepuasan Masyarakat"),
                ("Meningkatnya Kualitas Pelayanan Administrasi Kepegawaian", "Persentase Layanan Administrasi Tepat Waktu"),
                ("Meningkatnya Kualitas Pelayanan Administrasi Kepegawaian", "Persentase ASN yang Dijatuhi Hukuman Disiplin"),
                ("Terpeliharanya Barang Milik Daerah", "Persentase Barang Milik Daerah yang Terpelihara"),
                ("Tersedianya Jasa Komunikasi", "Jumlah Laporan Penyediaan Jasa Komunikasi"),
            ],
            result.Indicators.Select(v => (v.Goal, v.Indicator)).Distinct());
    }

    [Fact]
    public void A_name_split_over_two_cells_of_one_row_is_joined_and_the_figures_keep_their_columns()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t80\t85\t106,25",
            "2\tPersentase usulan musrenbang\tkelurahan yang terakomodir\t%\t60\t45\t75",
            "3\tPersentase gangguan trantibum yang tertangani\t%\t100\t100\t100");

        var split = result.Indicators.Where(v => v.Source.Line == Report.Line(4)).ToList();
        Assert.Equal([(IndicatorValueKind.Target, 60m), (IndicatorValueKind.Realization, 45m), (IndicatorValueKind.ReportedCapaian, 75m)],
            split.Select(v => (v.Kind, v.Value!.Value)));
        Assert.All(split, v => Assert.Equal(("Persentase usulan musrenbang kelurahan yang terakomodir", "%"), (v.Indicator, v.Satuan)));
    }

    [Fact]
    public void A_name_split_over_two_cells_after_a_column_of_words_is_joined_where_its_fellow_rows_print_no_words()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya kualitas pelayanan publik kecamatan\tIndeks Kepuasan Masyarakat\t80\t85\t106,25",
            "2\tMeningkatnya partisipasi masyarakat dalam pembangunan\tPersentase usulan musrenbang\tkelurahan yang terakomodir\t60\t45\t75",
            "3\tMeningkatnya ketentraman dan ketertiban umum\tPersentase gangguan trantibum yang tertangani\t100\t100\t100");

        var split = result.Indicators.Where(v => v.Source.Line == Report.Line(4)).ToList();
        Assert.Equal([(IndicatorValueKind.Target, 60m), (IndicatorValueKind.Realization, 45m), (IndicatorValueKind.ReportedCapaian, 75m)],
            split.Select(v => (v.Kind, v.Value!.Value)));
        Assert.All(split, v => Assert.Equal(
            ("Meningkatnya partisipasi masyarakat dalam pembangunan", "Persentase usulan musrenbang kelurahan yang terakomodir"), (v.Goal, v.Indicator)));
    }

    [Fact]
    public void A_name_split_over_two_cells_in_a_table_of_one_row_is_joined_where_the_header_names_figures()
    {
        var result = Report.Extract(
            "Tabel 3.6",
            "Perbandingan Realisasi Kinerja s.d. Akhir Periode RENSTRA",
            "NO.\tSASARAN STRATEGIS\tINDIKATOR SASARAN\tTARGET AKHIR RENSTRA\tREALISASI Th. 2021\tTINGKAT KEMAJUAN",
            "(1)\t(2)\t(3)\t(4)\t(5)\t(6)",
            "1\tPeningkatan efektifitas kegiatan pemerintahan\tProsentase rekomendasi hasil koordinasi\tbidang Pemerintahan yang ditindaklanjuti\t100 %\t95\t95 %");

        var values = result.Indicators.Where(v => v.Source.Line == Report.Line(5)).ToList();
        Assert.Equal([(IndicatorValueKind.RenstraTarget, 100m), (IndicatorValueKind.Realization, 95m)],
            values.Where(v => v.Kind != IndicatorValueKind.ReportedCapaianRenstra).Select(v => (v.Kind, v.Value!.Value)));
        Assert.All(values, v => Assert.Equal("Prosentase rekomendasi hasil koordinasi bidang Pemerintahan yang ditindaklanjuti", v.Indicator));
    }

    [Fact]
    public void A_name_split_over_two_cells_in_a_row_ending_in_dashes_is_joined_and_the_figures_keep_their_columns()
    {
        var result = Report.Extract(
            "TABEL III.3",
            "NO\tINDIKATOR\tREALISASI KINERJA\t\t\tREALISASI NASIONAL\t\t",
            "\t\tTARGET TAHUNAN (%)\tREALISASI TAHUN 2022 (%)\tREALISASI (%)\tTARGET TAHUNAN (%)\tREALISASI TAHUN 2022 (%)\tREALISASI (%)",
            "1\t2\t4\t5\t6\t6\t7\t8",
            "1.\tIndeks Kepuasan Masyarakat\t87\t86,98\t99,98\t-\t-\t-",
            "2.\tPersentase Pelaksanaan Tugas Pemerintahan Umum dan Trantibum\t100\t93,16\t93,16\t-\t-\t-",
            "3.\tPersentase Pelaksanaan Pelimpahan\tKewenangan Kepada Camat\t100\t99,99\t99,55\t-\t-\t-");

        var values = result.Indicators.Where(v => v.Source.Line == Report.Line(7)).ToList();
        Assert.Equal([(IndicatorValueKind.Target, 100m), (IndicatorValueKind.Realization, 99.99m), (IndicatorValueKind.ReportedCapaian, 99.55m)],
            values.Select(v => (v.Kind, v.Value!.Value)));
        Assert.All(values, v => Assert.Equal("Persentase Pelaksanaan Pelimpahan Kewenangan Kepada Camat", v.Indicator));
    }

    [Fact]
    public void A_name_breaking_off_over_two_cells_in_a_table_of_one_row_is_joined_though_the_header_names_no_figures_there()
    {
        var result = Report.Extract(
            "Tabel 3.7",
            "Capaian Nilai AKIP Kecamatan Sei Balai Tahun 2023",
            "No.\tSasaran Strategis\tIndikator Kinerja\t9\tTarget\tRealisasi\tPersentase Capaian",
            "(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)",
            "1.\tMeningkatnya Akuntabilitas Keuangan\tdan Kinerja Perangkat Daerah\tNilai AKIP\tNilai\tBB (75,00)\tBB (70,15)\t93,53%");

        var values = result.Indicators.Where(v => v.Source.Line == Report.Line(5)).ToList();
        Assert.Equal([(IndicatorValueKind.Target, 75m), (IndicatorValueKind.Realization, 70.15m), (IndicatorValueKind.ReportedCapaian, 93.53m)],
            values.Select(v => (v.Kind, v.Value!.Value)));
        Assert.All(values, v => Assert.Equal(("Meningkatnya Akuntabilitas Keuangan dan Kinerja Perangkat Daerah", "Nilai AKIP"), (v.Goal, v.Indicator)));
    }

    [Fact]
    public void A_split_name_is_joined_where_the_fellow_rows_that_print_in_its_column_print_no_words_though_others_leave_it_empty()
    {
        var result = Report.Extract(
            "EVALUASI RENCANA AKSI TAHUN 2022",
            "No.\tSasaran Strategis\tIndikator Sasaran\tKINERJA 2022\t\t\tKegiatan\tIndikator Kegiatan\tKEUANGAN 2022\t\t",
            "\t\t\tTarget\tRealisasi\t%\t\t\tAnggaran\tRealisasi\t%",
            "1\tMeningkatnya Kualitas Pelayanan Kecamatan\tIndeks Kepuasan Masyarakat\t87\t86,98\t99,98\tKoordinasi Kegiatan Pemerintahan\tPersentase koordinasi kegiatan\tpemerintahan di Tingkat Kecamatan\t5.546.900\t5.546.900\t100,00",
            "\t\tPersentase Pelaksanaan Tugas Trantibum\t100\t93,16\t93,16\tPenyelenggaraan Urusan Pemerintahan Umum\tPersentase pelaksanaan urusan umum\t100.000.000\t99.000.000\t99,00",
            "\t\t\t\t\t\tPemberdayaan Kelurahan\tPersentase pemberdayaan masyarakat\t1.201.866.000\t1.196.305.600\t99,54",
            "\t\t\t\t\t\t\t\t1.307.412.900\t1.300.851.500\t99,50");

        var values = result.Indicators.Where(v => v.Source.Line == Report.Line(4)).ToList();
        Assert.Equal([(IndicatorValueKind.Target, 87m), (IndicatorValueKind.Realization, 86.98m), (IndicatorValueKind.ReportedCapaian, 99.98m)],
            values.Select(v => (v.Kind, v.Value!.Value)));
        Assert.All(values, v => Assert.Equal("Indeks Kepuasan Masyarakat", v.Indicator));
    }

    [Fact]
    public void A_remark_split_over_two_cells_at_the_end_of_a_row_is_joined_and_the_figures_keep_their_columns()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tIndikator Kinerja\tTarget\tRealisasi\tKeterangan",
            "1\tIndeks Kepuasan Masyarakat\t80\t85\tTercapai",
            "2\tPersentase usulan musrenbang kelurahan yang terakomodir\t60\t45\tTidak tercapai karena\tketerbatasan anggaran",
            "3\tPersentase gangguan trantibum yang tertangani\t100\t100\tTercapai");

        Assert.Equal([(IndicatorValueKind.Target, 60m), (IndicatorValueKind.Realization, 45m)],
            result.Indicators.Where(v => v.Source.Line == Report.Line(4)).Select(v => (v.Kind, v.Value!.Value)));
    }

    [Theory]
    [InlineData(
        "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tIndeks Kepuasan Masyarakat\tIndeks\t80\t85\t106,25",
        "2\tPersentase usulan musrenbang kelurahan yang terakomodir\t60\t45\t75")]
    [InlineData(
        "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
        "1\tPersentase pelayanan administrasi tepat waktu\t95\t%\t97\t%\t102,11\t%",
        "2\tPersentase usulan musrenbang kelurahan yang terakomodir\t60\t%\t45\t%\t75\t%")]
    public void A_row_missing_its_empty_satuan_cell_or_with_percent_signs_in_cells_of_their_own_keeps_its_figures_in_their_columns(
        string header, string first, string second)
    {
        var result = Report.Extract("Tabel 3.1", header, first, second);

        Assert.Equal([(IndicatorValueKind.Target, 60m), (IndicatorValueKind.Realization, 45m), (IndicatorValueKind.ReportedCapaian, 75m)],
            result.Indicators.Where(v => v.Source.Line == Report.Line(4)).Select(v => (v.Kind, v.Value!.Value)));
    }

    [Theory]
    [InlineData("No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)")]
    [InlineData("NO (1)\tINDIKATOR KINERJA (2)\tSATUAN (3)\tTARGET (4)\tREALISASI (5)\tCAPAIAN (6)")]
    [InlineData("No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\tKeterangan")]
    public void A_number_printed_in_the_name_cell_under_a_no_column_is_split_off_and_the_figures_keep_their_columns(string header)
    {
        var result = Report.Extract(
            "Tabel 3.1",
            header,
            "1. Indeks Kepuasan Masyarakat\tIndeks\t80\t85\t106,25",
            "2. Persentase usulan musrenbang yang terakomodir\t%\t60\t45\t75");

        Assert.Equal(
            [
                ("Indeks Kepuasan Masyarakat", "Indeks", IndicatorValueKind.Target, 80m),
                ("Indeks Kepuasan Masyarakat", "Indeks", IndicatorValueKind.Realization, 85m),
                ("Indeks Kepuasan Masyarakat", "Indeks", IndicatorValueKind.ReportedCapaian, 106.25m),
                ("Persentase usulan musrenbang yang terakomodir", "%", IndicatorValueKind.Target, 60m),
                ("Persentase usulan musrenbang yang terakomodir", "%", IndicatorValueKind.Realization, 45m),
                ("Persentase usulan musrenbang yang terakomodir", "%", IndicatorValueKind.ReportedCapaian, 75m),
            ],
            result.Indicators.Select(v => (v.Indicator, v.Satuan, v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void A_bare_number_printed_in_an_italic_name_cell_under_a_no_column_is_split_off_and_the_amounts_keep_their_columns()
    {
        var result = Report.Extract(
            "No\tPROGRAM/ KEGIATAN\tANGGARAN (Rp.)\tREALISASI (Rp)\tCAPAIAN (%)",
            "I\tProgram Penunjang Urusan Pemerintahan daerah kabupaten/kota\t1.034.774.150\t986.776.813\t95,36",
            "1 <i>Perencanaan, penganggaran, dan evaluasi kinerja perangkat daerah</i>\t13.518.000\t12.245.000\t90,58",
            "2 Penyediaan jasa penunjang urusan pemerintahan daerah\t1.021.256.150\t974.531.813\t95,42");

        Assert.Equal(
            [
                ("Program Penunjang Urusan Pemerintahan daerah kabupaten/kota", 1_034_774_150m, 986_776_813m),
                ("Perencanaan, penganggaran, dan evaluasi kinerja perangkat daerah", 13_518_000m, 12_245_000m),
                ("Penyediaan jasa penunjang urusan pemerintahan daerah", 1_021_256_150m, 974_531_813m),
            ],
            result.Budget.Select(b => (b.Name, b.Pagu!.Value, b.Realisasi!.Value)));
    }

    [Fact]
    public void A_name_wrapped_onto_lines_without_cells_in_a_table_with_no_number_column_is_read_whole()
    {
        var result = Report.ExtractOfDinas(
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            string.Empty,
            "Indikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "Persentase kejadian kebakaran yang\t%\t80\t84,21\t105,26",
            "tertangani",
            "Waktu tanggap (response time)\tmenit\t15\t14\t106,67",
            "penanganan kebakaran",
            string.Empty,
            "Tabel 3.1 di atas menunjukkan seluruh indikator mencapai target.");

        Assert.Equal(
            [
                ("Persentase kejadian kebakaran yang tertangani", "%", Polarity.HigherIsBetter, Report.Line(5)),
                ("Waktu tanggap (response time) penanganan kebakaran", "menit", Polarity.LowerIsBetter, Report.Line(7)),
            ],
            result.Indicators.Where(v => v.Kind == IndicatorValueKind.Target).Select(v => (v.Indicator, v.Satuan, v.Polarity, v.Source.Line)));
    }

    [Fact]
    public void A_sasaran_printed_across_a_matrix_without_cells_between_its_rows_groups_the_rows_below_it()
    {
        var result = Report.Extract(
            "Tabel 2.3",
            "Target Kinerja Renstra Tahun 2021-2026",
            string.Empty,
            "Indikator\tSatuan\tKondisi Awal (2020)\t2021\t2022\t2023\t2024\t2025\t2026",
            "Sasaran: Meningkatnya Profesionalitas dan Kompetensi Aparatur Sipil Negara",
            "Indeks Profesionalitas ASN\tNilai\t56,20\t58,00\t62,00\t65,00\t68,00\t71,00\t74,00",
            "Sasaran: Meningkatnya Kualitas Pelayanan Administrasi Kepegawaian Daerah",
            "Persentase layanan administrasi kepegawaian tepat waktu\t%\t84,50\t87,00\t90,00\t92,00\t94,00\t96,00\t98,00");

        var renstra = result.Indicators.Where(v => v is { Kind: IndicatorValueKind.RenstraTarget, Year: 2026 }).ToList();
        Assert.Equal(
            [
                ("Indeks Profesionalitas ASN", "Meningkatnya Profesionalitas dan Kompetensi Aparatur Sipil Negara", 74m),
                ("Persentase layanan administrasi kepegawaian tepat waktu", "Meningkatnya Kualitas Pelayanan Administrasi Kepegawaian Daerah", 98m),
            ],
            renstra.Select(v => (v.Indicator, v.Goal, v.Value!.Value)));
    }

    [Fact]
    public void A_budget_list_under_a_sasaran_line_after_the_agreements_indicators_is_not_more_of_its_indicators()
    {
        var result = Report.Extract(
            "PERJANJIAN KINERJA TAHUN 2023",
            string.Empty,
            "No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget",
            "1\tMeningkatnya kualitas pelayanan\tIndeks Kepuasan Masyarakat\tIndeks\t87",
            "Sasaran 1 : Meningkatnya kepuasan masyarakat terhadap pelayanan publik",
            "1\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t\tRp.\t35.429.500",
            "\tJUMLAH\t\tRp.\t35.429.500");

        Assert.Equal(["Indeks Kepuasan Masyarakat"], result.Indicators.Select(v => v.Indicator));
    }
    [Fact]
    public void An_indicator_name_wrapped_onto_a_line_opening_with_hasil_is_no_kegiatan_box()
    {
        var result = Report.Extract(
            "LAMPIRAN PERUBAHAN PERJANJIAN KINERJA TAHUN 2023",
            string.Empty,
            "No\tSasaran\tIndikator\tSatuan\tTarget",
            "1\tTersusunnya Laporan Kinerja\tJumlah Laporan Capaian Kinerja dan Laporan\tLaporan\t3",
            "\t\tHasil Koordinasi Penyusunan Laporan Capaian Kinerja\t\t",
            "2\tTerpenuhinya Kebutuhan Gaji ASN\tJumlah Orang yang Menerima Gaji\tOrang\t25");

        Assert.Equal(
            [
                ("Jumlah Laporan Capaian Kinerja dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja", "Laporan", IndicatorValueKind.TargetRevised, 3m),
                ("Jumlah Orang yang Menerima Gaji", "Orang", IndicatorValueKind.TargetRevised, 25m),
            ],
            result.Indicators.Select(v => (v.Indicator, v.Satuan, v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void A_category_wrapped_beside_a_wrapped_name_below_its_figures_leaves_the_name_with_its_own_row()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Pengukuran Kinerja Tahun 2023",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\tKategori",
            "1\tMeningkatnya kualitas\tPersentase pelayanan\t%\t97\t96,88\t99,88\tSangat",
            "\tpelayanan pemadaman dan\tpenyelamatan dan evakuasi\t\t\t\t\tTinggi",
            "\tpenyelamatan kebakaran\tkorban kebakaran",
            "\t\tPersentase tingkat waktu\t%\t72\t70,40\t97,78\tSangat",
            "\t\ttanggap (response time rate)\t\t\t\t\tTinggi");

        Assert.Equal(
            ["Persentase pelayanan penyelamatan dan evakuasi korban kebakaran", "Persentase tingkat waktu tanggap (response time rate)"],
            result.Indicators.Select(v => v.Indicator).Distinct());
        Assert.Equal("Meningkatnya kualitas pelayanan pemadaman dan penyelamatan kebakaran", result.Indicators[0].Goal);
        Assert.Equal("Sangat Tinggi", result.Indicators.First(v => v.Kind == IndicatorValueKind.ReportedCapaian).Category);
    }

    [Fact]
    public void A_goal_statement_wrapped_under_its_bare_label_continues_the_row_of_the_label()
    {
        var result = Report.Extract(
            "Tabel 2.1",
            "Tujuan, Sasaran, Indikator dan Target Kinerja Renstra Tahun 2021-2026",
            "No\tTujuan/Sasaran\tIndikator Kinerja\tSatuan\tKondisi Awal 2020\t2021\t2022\t2023",
            "1.\tSASARAN 1 :\ta. Persentase pelayanan\t%\t92,50\t95,00\t96,00\t97,00",
            "\tMeningkatnya kualitas\tpenyelamatan dan evakuasi",
            "\tpelayanan pemadaman dan\tkorban kebakaran",
            "\tpenyelamatan kebakaran\tb. Persentase tingkat waktu\t%\t61,20\t65,00\t70,00\t75,00",
            "\t\ttanggap (response time",
            "\t\trate) daerah layanan WMK");

        Assert.Equal(
            ["Persentase pelayanan penyelamatan dan evakuasi korban kebakaran", "Persentase tingkat waktu tanggap (response time rate) daerah layanan WMK"],
            result.Indicators.Select(v => Names.Clean(v.Indicator)).Distinct());
        Assert.All(result.Indicators, v => Assert.Equal("Meningkatnya kualitas pelayanan pemadaman dan penyelamatan kebakaran", v.Goal));
    }

    [Fact]
    public void A_goal_column_for_tujuan_and_sasaran_gives_each_row_the_level_its_label_names()
    {
        var result = Report.Extract(
            "Tabel 2.1",
            "Tujuan, Sasaran, Indikator dan Target Kinerja Renstra Tahun 2021-2026",
            "No\tTujuan/Sasaran\tIndikator Kinerja\tSatuan\tKondisi Awal 2020\t2021\t2022\t2023",
            "I\tTUJUAN :\tCakupan pelayanan bencana kebakaran\t%\t58,40\t62,00\t66,00\t70,00",
            "\tMeningkatnya perlindungan masyarakat",
            "1.\tSASARAN 1 :\ta. Persentase pelayanan penyelamatan\t%\t92,50\t95,00\t96,00\t97,00",
            "\tMeningkatnya kualitas pelayanan\tb. Waktu tanggap rata-rata\tmenit\t18,5\t17\t16\t15");

        Assert.Equal(
            [("Cakupan pelayanan bencana kebakaran", IndicatorLevel.Tujuan), ("Persentase pelayanan penyelamatan", IndicatorLevel.Sasaran), ("Waktu tanggap rata-rata", IndicatorLevel.Sasaran)],
            result.Indicators.Select(v => (Names.Clean(v.Indicator), v.Level)).Distinct());
    }

    [Fact]
    public void A_goal_with_its_own_label_under_a_bare_label_starts_a_goal_of_its_own()
    {
        var result = Report.Extract(
            "Tabel 2.1",
            "Tujuan, Sasaran, Indikator dan Target Kinerja Renstra Tahun 2021-2026",
            "No\tTujuan/Sasaran\tIndikator Kinerja\tSatuan\tKondisi Awal 2020\t2021\t2022\t2023",
            "I\tTUJUAN :\tCakupan pelayanan bencana kebakaran\t%\t58,40\t62,00\t66,00\t70,00",
            "1.\tSASARAN 1 : Meningkatnya kualitas pelayanan\ta. Persentase pelayanan penyelamatan\t%\t92,50\t95,00\t96,00\t97,00");

        Assert.Equal(
            [("Cakupan pelayanan bencana kebakaran", IndicatorLevel.Tujuan), ("Persentase pelayanan penyelamatan", IndicatorLevel.Sasaran)],
            result.Indicators.Select(v => (Names.Clean(v.Indicator), v.Level)).Distinct());
        Assert.NotEqual("Meningkatnya kualitas pelayanan", result.Indicators[0].Goal);
    }
}
