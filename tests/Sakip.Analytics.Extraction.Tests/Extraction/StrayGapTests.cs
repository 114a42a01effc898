using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>An empty cell the converter put into one row or the header of a table, where a cell printed wider than its column.</summary>
public class StrayGapTests
{
    [Fact]
    public void Rows_of_one_target_with_an_empty_cell_no_other_row_has_keep_their_names_and_targets_in_their_columns()
    {
        var result = Report.Extract(
            "Tabel 2.2",
            "Perjanjian Kinerja Tahun 2023",
            "No\tSasaran\tIndikator\tSatuan\tTarget",
            "1\tTerpenuhinya Kebutuhan Administrasi Umum Perangkat Daerah\t\tPersentase Tingkat Layanan Administrasi Perkantoran\t%\t100",
            "\tTerpenuhinya kebutuhan peralatan dan perlengkapan kantor\tJumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan\tPaket\t12",
            "\tTerpenuhinya kebutuhan barang cetakan dan penggandaan\tJumlah Paket Barang Cetakan dan Penggandaan yang Disediakan\t\tPaket\t12",
            "\tTersedianya Barang Bacaan\tJumlah Dokumen Bahan Bacaan yang Disediakan\tDokumen\t25");

        Assert.Equal(
            [
                ("Terpenuhinya Kebutuhan Administrasi Umum Perangkat Daerah", "Persentase Tingkat Layanan Administrasi Perkantoran", "%", 100m, Report.Line(4)),
                ("Terpenuhinya kebutuhan peralatan dan perlengkapan kantor", "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan", "Paket", 12m, Report.Line(5)),
                ("Terpenuhinya kebutuhan barang cetakan dan penggandaan", "Jumlah Paket Barang Cetakan dan Penggandaan yang Disediakan", "Paket", 12m, Report.Line(6)),
                ("Tersedianya Barang Bacaan", "Jumlah Dokumen Bahan Bacaan yang Disediakan", "Dokumen", 25m, Report.Line(7)),
            ],
            result.Indicators.Select(v => (v.Goal, v.Indicator, v.Satuan, v.Value!.Value, v.Source.Line)));
        Assert.All(result.Indicators, v => Assert.Equal(IndicatorValueKind.Target, v.Kind));
    }

    [Theory]
    [InlineData("SASARAN STRATEGIS\t\tINDIKATOR KINERJA\tTARGET\tREALISASI")]
    [InlineData("SASARAN STRATEGIS\tINDIKATOR KINERJA\t\tTARGET\tREALISASI")]
    public void A_header_printed_with_an_empty_cell_none_of_its_rows_has_keeps_each_label_over_its_column(string header)
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Kinerja Sasaran Tahun 2023",
            header,
            "1\t2\t3\t4",
            "Meningkatnya Kualitas Pelayanan Kecamatan\ta. Indeks Kepuasan Masyarakat\t87 %\t86,98 %",
            "\tb. Persentase Pelaksanaan Tugas Pemerintahan Umum\t100 %\t93,16 %",
            "\tc. Persentase Pelaksanaan Pelimpahan Kewenangan\t100 %\t99,55 %");

        Assert.Equal(
            [
                ("Indeks Kepuasan Masyarakat", IndicatorValueKind.Target, 87m), ("Indeks Kepuasan Masyarakat", IndicatorValueKind.Realization, 86.98m),
                ("Persentase Pelaksanaan Tugas Pemerintahan Umum", IndicatorValueKind.Target, 100m), ("Persentase Pelaksanaan Tugas Pemerintahan Umum", IndicatorValueKind.Realization, 93.16m),
                ("Persentase Pelaksanaan Pelimpahan Kewenangan", IndicatorValueKind.Target, 100m), ("Persentase Pelaksanaan Pelimpahan Kewenangan", IndicatorValueKind.Realization, 99.55m),
            ],
            result.Indicators.Select(v => (v.Indicator, v.Kind, v.Value!.Value)));
        Assert.All(result.Indicators, v => Assert.Equal("Meningkatnya Kualitas Pelayanan Kecamatan", v.Goal));
    }

    [Fact]
    public void A_header_with_an_unlabelled_column_its_rows_fill_is_left_as_it_is()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Kinerja Tahun 2023",
            "No\tIndikator Kinerja\t\tTarget\tRealisasi\tKeterangan",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t87\t86,98",
            "2\tPersentase Pelaksanaan Tugas Pemerintahan Umum\t%\t100\t93,16");

        Assert.Equal(
            [(IndicatorValueKind.Target, 87m), (IndicatorValueKind.Realization, 86.98m), (IndicatorValueKind.Target, 100m), (IndicatorValueKind.Realization, 93.16m)],
            result.Indicators.Select(v => (v.Kind, v.Value!.Value)));
    }
    [Fact]
    public void A_header_and_a_row_each_printed_with_an_empty_cell_the_other_rows_lack_keep_every_figure_in_its_column()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Kinerja Sasaran Tahun 2023",
            "SASARAN STRATEGIS\t\tINDIKATOR KINERJA\tTARGET\tREALISASI",
            "Meningkatnya Kualitas Pelayanan Kecamatan\ta. Indeks Kepuasan Masyarakat\t87 %\t86,98 %",
            "\tb. Persentase Pelaksanaan Tugas Pemerintahan Umum\t100 %\t93,16 %",
            "\tc. Persentase Pelaksanaan Pelimpahan Kewenangan\t\t100 %\t99,55 %");

        Assert.Equal(
            [(IndicatorValueKind.Target, 100m), (IndicatorValueKind.Realization, 99.55m)],
            result.Indicators.Where(v => v.Source.Line == Report.Line(6)).Select(v => (v.Kind, v.Value!.Value)));
        Assert.Equal(6, result.Indicators.Count);
    }

    [Fact]
    public void A_sasaran_printed_with_an_empty_cell_after_it_on_its_first_row_only_keeps_the_indicator_after_it()
    {
        var result = Report.Extract(
            "Tabel 2.3",
            "Perjanjian Kinerja Tahun 2023",
            "No\tSasaran Strategis\tIndikator Kinerja Sasaran\tSatuan\tTarget Tahunan 2023",
            "(1)\t(2)\t(3)\t(4)\t(5)",
            "1\tMeningkatnya Kualitas Pelayanan Kecamatan\t\tIndeks Kepuasan Masyarakat\t%\t87",
            "\t\tPersentase Pelaksanaan Tugas Pemerintahan Umum dan Trantibum\t%\t100",
            "\t\tPersentase Pelaksanaan Pelimpahan Kewenangan\t%\t100");

        Assert.Equal(
            [("Indeks Kepuasan Masyarakat", 87m), ("Persentase Pelaksanaan Tugas Pemerintahan Umum dan Trantibum", 100m), ("Persentase Pelaksanaan Pelimpahan Kewenangan", 100m)],
            result.Indicators.Select(v => (v.Indicator, v.Value!.Value)));
        Assert.All(result.Indicators, v => Assert.Equal("Meningkatnya Kualitas Pelayanan Kecamatan", v.Goal));
    }
    [Fact]
    public void A_row_of_years_under_the_header_printed_with_an_empty_cell_after_a_year_keeps_each_year_over_its_figures()
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Capaian Nilai IKM Tahun 2021-2023",
            "Indikator Kinerja\tSatuan\tTarget\t\t\tRealisasi\t\t",
            "\t\t2021\t\t2022\t2023\t2021\t2022\t2023",
            "Indeks Kepuasan Masyarakat (IKM)\tNilai\t78,00\t80,00\t85,00\t77,98\t90,10\t80,50");

        Assert.Equal(
            [(2021, IndicatorValueKind.RenstraTarget, 78.00m), (2021, IndicatorValueKind.Realization, 77.98m),
                (2022, IndicatorValueKind.RenstraTarget, 80.00m), (2022, IndicatorValueKind.Realization, 90.10m),
                (2023, IndicatorValueKind.RenstraTarget, 85.00m), (2023, IndicatorValueKind.Realization, 80.50m)],
            result.Indicators.Select(v => (v.Year, v.Kind, v.Value!.Value)).Order());
    }
    [Fact]
    public void A_row_of_column_numbers_and_a_row_each_printed_with_an_empty_cell_keep_the_plans_years_over_their_targets()
    {
        var result = Report.Extract(
            "Tabel 2.1",
            "Tujuan, Sasaran, Indikator dan Target Renstra Tahun 2021-2026",
            "Tujuan\tSasaran\tIndikator Kinerja\tSatuan\tKondisi Awal\tTarget Kinerja Tahun\t\t\t\t\t",
            "\t\t\t\t(2020)\t2021\t2022\t2023\t2024\t2025\t2026",
            "(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)\t(10)\t\t(11)",
            "Meningkatkan Kualitas Tata Kelola\tMeningkatnya Penerapan Sistem\tIndeks SPBE\tIndeks\t1,98\t2,10\t2,30\t2,50\t2,70\t2,90\t3,10",
            "\t\tPersentase Perangkat Daerah yang Terhubung Jaringan Intra Pemerintah\t%\t51,16\t60\t70\t80\t85\t95\t100",
            "\t\tIndeks Kepuasan Masyarakat (IKM) Layanan Informasi Publik\t\tIndeks\t78,35\t80,00\t81,00\t82,50\t84,00\t85,00\t86,00");

        var survey = result.Indicators.Where(v => v.Source.Line == Report.Line(8)).ToList();
        Assert.Equal(
            [(2020, IndicatorValueKind.Realization, 78.35m), (2021, IndicatorValueKind.RenstraTarget, 80.00m), (2022, IndicatorValueKind.RenstraTarget, 81.00m),
                (2023, IndicatorValueKind.RenstraTarget, 82.50m), (2024, IndicatorValueKind.RenstraTarget, 84.00m), (2025, IndicatorValueKind.RenstraTarget, 85.00m),
                (2026, IndicatorValueKind.RenstraTarget, 86.00m)],
            survey.Select(v => (v.Year, v.Kind, v.Value!.Value)));
        Assert.All(survey, v => Assert.Equal("Indeks Kepuasan Masyarakat (IKM) Layanan Informasi Publik", v.Indicator));
        Assert.Equal("Indeks", survey[0].Satuan);
    }
    [Fact]
    public void A_header_over_year_groups_printed_with_an_empty_cell_after_the_indicator_label_keeps_each_year_over_its_figures()
    {
        var result = Report.Extract(
            "Tabel 3.3",
            "Capaian Kinerja Sasaran 1 Tahun 2021-2023",
            "No\tIndikator Kinerja\t\tSatuan\tTahun 2021\t\t\tTahun 2022\t\t\tTahun 2023\t\t",
            "\t\t\tTarget\tRealisasi\tCapaian (%)\tTarget\tRealisasi\tCapaian (%)\tTarget\tRealisasi\tCapaian (%)",
            "1\tIndeks SPBE\tIndeks\t2,30\t2,36\t102,61\t2,50\t2,54\t101,60\t2,70\t2,62\t97,04");

        Assert.Equal(
            [(2021, IndicatorValueKind.Target, 2.30m), (2022, IndicatorValueKind.Target, 2.50m), (2023, IndicatorValueKind.Target, 2.70m)],
            result.Indicators.Where(v => v.Kind == IndicatorValueKind.Target).Select(v => (v.Year, v.Kind, v.Value!.Value)).Order());
        Assert.Equal("Indeks", result.Indicators[0].Satuan);
    }
    [Fact]
    public void A_row_printed_with_an_empty_cell_under_a_header_with_an_empty_last_cell_keeps_its_figures_in_their_columns()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Perbandingan Realisasi Kinerja dengan Realisasi Nasional",
            "NO\tINDIKATOR\tREALISASI KINERJA\t\t\tREALISASI NASIONAL\t\t\t",
            "\t\tTARGET TAHUNAN (%)\tREALISASI TAHUN 2023 (%)\tCAPAIAN (%)\tTARGET TAHUNAN (%)\tREALISASI TAHUN 2023 (%)\tCAPAIAN (%)",
            "1.\tIndeks Kepuasan Masyarakat\t87\t86,98\t99,98\t-\t-\t-",
            "2.\tPersentase Pelaksanaan Tugas Pemerintahan Umum dan Trantibum\t\t100\t93,16\t93,16\t-\t-\t-",
            "3.\tPersentase Pelaksanaan Pelimpahan Kewenangan Kepada Camat\t100\t99,99\t99,55\t-\t-\t-");

        Assert.Equal(
            [(IndicatorValueKind.Target, 100m), (IndicatorValueKind.Realization, 93.16m), (IndicatorValueKind.ReportedCapaian, 93.16m)],
            result.Indicators.Where(v => v.Source.Line == Report.Line(6)).Select(v => (v.Kind, v.Value!.Value)));
    }
    [Fact]
    public void A_budget_row_numbered_in_roman_among_rows_numbered_in_figures_has_its_empty_cell_taken_out()
    {
        var result = Report.Extract(
            "Tabel 3.5",
            "Realisasi Anggaran per Program dan Kegiatan Tahun 2023",
            "No\tProgram/Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\t%",
            "III\tProgram pemberdayaan masyarakat desa dan kelurahan\t2.758.409.000\t168.448.000\t6.11 %",
            "1\tKoordinasi kegiatan pemberdayaan desa\t69.820.000\t0\t0.00 %",
            "2\tKoordinasi kegiatan pemberdayaan kelurahan\t2.688.589.000\t168.448.000\t6.26 %",
            "IV\tProgram Koordinasi ketentraman dan ketertiban umum\t\t572.419.000\t318.748.000\t55.68 %",
            "1\tKoordinasi penerapan dan penegakan peraturan kepala daerah\t572.419.000\t318.748.000\t55.68 %");

        var program = Assert.Single(result.Budget, b => b.Source.Line == Report.Line(7));
        Assert.Equal((572_419_000m, 318_748_000m), (program.Pagu, program.Realisasi));
    }
    [Fact]
    public void A_header_printed_with_an_empty_cell_over_rows_one_of_which_ends_in_an_empty_cell_keeps_each_label_over_its_column()
    {
        var result = Report.Extract(
            "Tabel 3.8",
            "Nilai AKIP Dinas Komunikasi dan Informatika Tahun 2020-2023",
            "No\tTahun Evaluasi\t\tNilai AKIP\tPredikat\tDasar Evaluasi",
            "1\t2020\t58,12\tCC\tPermenPANRB 12/2015",
            "2\t2021\t61,35\tB\tPermenPANRB 12/2015",
            "3\t2022\t64,80\tB\tPermenPANRB 88/2021\t",
            "4\t2023\t69,87\tBB\tPermenPANRB 88/2021");

        Assert.Equal(
            [(2020, 58.12m, "CC"), (2021, 61.35m, "B"), (2022, 64.80m, "B"), (2023, 69.87m, "BB")],
            result.Akip.Select(a => (a.Year, a.Total!.Value, a.Predikat)));
    }
    [Fact]
    public void A_survey_element_printed_with_an_empty_cell_after_its_value_keeps_its_weighted_value_in_its_column()
    {
        var result = Report.Extract(
            "Tabel 3.12",
            "Nilai Indeks Kepuasan Masyarakat Tahun 2023",
            "No.\tUNSUR PELAYANAN\tNRR\tNRR TERTIMBANG\tSKOR\tMUTU",
            "1\tPersyaratan Pelayanan\t3,00\t0,333000\t88,31 - 100\tA (SANGAT BAIK)",
            "2\tProsedur Pelayanan\t3,10\t0,344563\t76,61 - 88,30\tB (BAIK)",
            "3\tWaktu Pelayanan\t3,14\t0,348031\t65,00 - 76,60\tC (KURANG BAIK)",
            "4\tBiaya / Tarif Pelayanan\t3,94\t0,437063\t25,00 - 64,99\tD (TIDAK BAIK)",
            "5\tProduk Jenis Pelayanan\t3,05\t0,338781\t\t",
            "6\tKompetensi Pelaksana\t3,17\t0,351500\t\t",
            "7\tPerilaku Pelaksana Pelayanan\t3,25\t0,360750\t\t",
            "8\tSarana dan Prasarana\t3,05\t\t0,338781\t\t",
            "9\tPenanganan Pengaduan dan Saran\t3,31\t0,367688\t\t",
            "\tJLH. NRR TERTIMBANG\t\t3,220156\t\t",
            "\t\tIKM\t80,503906\t\t");

        var survey = Assert.Single(result.Ikm);
        var sarana = Assert.Single(survey.Elements, e => e.Name == "Sarana dan Prasarana");
        Assert.Equal((3.05m, 0.338781m), (sarana.Nrr, sarana.NrrWeighted!.Value));
    }
    [Fact]
    public void A_header_as_wide_as_its_row_of_column_numbers_keeps_its_empty_cells_over_rows_that_print_their_number_in_the_name()
    {
        var result = Report.Extract(
            "TABEL III.2",
            "Perbandingan Realisasi dengan Target Akhir Renstra",
            "NO\tINDIKATOR\tCAPAIAN TAHUN 2022\tTAHUN 2023\t\t\tTARGET AKHIR RENSTRA (2026)\tCAPAIAN S/D 2023 TERHADAP RENSTRA 2021-2026 (%)",
            "\t\t\tTARGET TAHUNAN (%)\tREALISASI TAHUN 2023 (%)\tREALISASI (%)\t\t",
            "1\t2\t3\t4\t5\t6\t7\t8",
            "1. Indeks Kepuasan Masyarakat\t\t87\t86,98\t99,98\t89\t19,77",
            "2. Persentase Pelaksanaan Tugas Pemerintahan Umum dan Trantibum\t\t100\t93,16\t93,16\t100\t18,63",
            "3. Persentase Pelaksanaan Pelimpahan Kewenangan Kepada Camat\t\t100\t99,99\t99,55\t100\t19,91");

        Assert.Equal(
            [(2023, IndicatorValueKind.Target, 87m), (2023, IndicatorValueKind.Realization, 86.98m), (2023, IndicatorValueKind.ReportedCapaian, 99.98m),
                (2026, IndicatorValueKind.RenstraTarget, 89m), (2023, IndicatorValueKind.ReportedCapaianRenstra, 19.77m)],
            result.Indicators.Where(v => v.Source.Line == Report.Line(6)).Select(v => (v.Year, v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void Rows_with_an_empty_cell_of_their_own_among_as_many_rows_that_print_their_number_in_the_name_keep_it()
    {
        var result = Report.Extract(
            "Tabel 3.13",
            "Perbandingan Target dan Realisasi Kecamatan Sei Balai dan Kecamatan Datuk Tanah Datar",
            "No.\tKecamatan\tIndikator Kinerja\tTarget\t\tRealisasi\t",
            "\t\t\t2022\t2023\t2022\t2023",
            "1. Kecamatan Sei Balai\tIndeks Kepuasan Masyarakat\t80,00\t85,00\t90,10\t80,50",
            "\tDatuk Tanah Datar\t\t80,00\t83,00\t83,64\t83,20",
            "2. Kecamatan Sei Balai\tNilai AKIP\t73,00\t75,00\t72,16\t70,15",
            "\tDatuk Tanah Datar\t\t65,00\t78,01\t73,65\t70,05");

        Assert.Equal(
            [(2022, IndicatorValueKind.Target, 80.00m), (2023, IndicatorValueKind.Target, 83.00m), (2022, IndicatorValueKind.Realization, 83.64m), (2023, IndicatorValueKind.Realization, 83.20m)],
            result.Indicators.Where(v => v.Source.Line == Report.Line(6)).Select(v => (v.Year, v.Kind, v.Value!.Value)));
    }
    [Fact]
    public void A_header_over_target_and_realisasi_years_printed_with_an_empty_cell_after_the_indicator_label_keeps_each_year_over_its_figures()
    {
        var result = Report.Extract(
            "Tabel 3.13",
            "Perbandingan Target dan Realisasi Kecamatan Sei Balai dan Kecamatan Datuk Tanah Datar",
            "No.\tKecamatan\tIndikator Kinerja\t\tTarget\t\tRealisasi\t",
            "\t\t\t2022\t2023\t2022\t2023",
            "1.\tKecamatan Sei Balai\tIndeks Kepuasan Masyarakat\t80,00\t85,00\t90,10\t80,50",
            "\tDatuk Tanah Datar\t\t80,00\t83,00\t83,64\t83,20");

        Assert.Equal(
            [(2022, IndicatorValueKind.Target, 80.00m), (2023, IndicatorValueKind.Target, 85.00m), (2022, IndicatorValueKind.Realization, 90.10m), (2023, IndicatorValueKind.Realization, 80.50m)],
            result.Indicators.Where(v => v.Source.Line == Report.Line(5)).Select(v => (v.Year, v.Kind, v.Value!.Value)));
    }
    [Fact]
    public void A_row_printed_with_an_empty_cell_before_a_satuan_of_one_long_word_keeps_its_figures_in_their_columns()
    {
        var result = Report.Extract(
            "Tabel 3.4",
            "Capaian Indikator Program dan Kegiatan Tahun 2023",
            "No\tProgram/Kegiatan\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\tPersentase desa/kelurahan yang difasilitasi pemberdayaan masyarakat\t%\t100\t100\t100,00",
            "\tKegiatan Pemberdayaan Kelurahan\tJumlah kelurahan yang melaksanakan pembangunan sarana dan prasarana\t\tKelurahan\t4\t4\t100,00",
            "2\tProgram Koordinasi Ketentraman dan Ketertiban Umum\tPersentase gangguan trantibum yang ditangani\t%\t100\t94,74\t94,74",
            "\tKoordinasi Penyelenggaraan Ketenteraman\tJumlah laporan hasil koordinasi trantibum\tLaporan\t12\t12\t100,00");

        var kelurahan = result.Indicators.Where(v => v.Source.Line == Report.Line(5)).ToList();
        Assert.Equal(
            [(IndicatorValueKind.Target, 4m), (IndicatorValueKind.Realization, 4m), (IndicatorValueKind.ReportedCapaian, 100m)],
            kelurahan.Select(v => (v.Kind, v.Value!.Value)));
        Assert.Equal("Kelurahan", kelurahan[0].Satuan);
    }
    [Fact]
    public void Names_split_over_two_cells_one_in_a_row_ending_in_an_empty_cell_are_joined_not_taken_for_a_gap()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Capaian Indikator Kinerja Utama Tahun 2023",
            "No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\tKategori\tCapaian Sasaran (%)",
            "1\tMeningkatnya Penerapan Sistem\tPemerintahan Berbasis Elektronik\tIndeks SPBE\tIndeks\t2,70\t2,62\t97,04\tSangat Tinggi\t100,20",
            "\t\tPersentase Perangkat Daerah yang Terhubung Jaringan Intra Pemerintah\t%\t90\t93,02\t103,36\tSangat Tinggi\t",
            "2\tMeningkatnya Keterbukaan Informasi dan Kualitas Layanan Komunikasi Publik\tNilai Keterbukaan Informasi Publik\tNilai\t85,00\t86,74\t102,05\tSangat Tinggi\t101,64",
            "\t\tIndeks Kepuasan Masyarakat\t(IKM) Layanan Informasi Publik\tIndeks\t84,00\t85,03\t101,23\tSangat Tinggi\t",
            "3\tMeningkatnya Responsivitas Penanganan Pengaduan Masyarakat\tRata-rata Waktu Tindak Lanjut Pengaduan Masyarakat\tHari\t4\t4,6\t115,00\tSangat Tinggi\t115,00");

        var survey = result.Indicators.Where(v => v.Source.Line == Report.Line(7)).ToList();
        Assert.Equal(
            [(IndicatorValueKind.Target, 84.00m), (IndicatorValueKind.Realization, 85.03m), (IndicatorValueKind.ReportedCapaian, 101.23m)],
            survey.Select(v => (v.Kind, v.Value!.Value)));
        Assert.Equal("Indeks Kepuasan Masyarakat (IKM) Layanan Informasi Publik", survey[0].Indicator);
    }
    [Fact]
    public void A_total_row_keeps_its_empty_cell_among_rows_that_print_their_number_in_the_name()
    {
        var result = Report.Extract(
            "Tabel 2.4",
            "Anggaran Program Tahun 2023",
            "NO.\tPROGRAM\tANGGARAN (Rp)\tKETERANGAN",
            "1. Program Penunjang Urusan Pemerintah Daerah Kabupaten/Kota\t2.650.313.819\tPAPBD",
            "2. Program Penyelenggaraan Pemerintahan dan Pelayanan Publik\t13.000.000\tPAPBD",
            "3. Program Pemberdayaan Masyarakat Desa dan Kelurahan\t268.352.500\tPAPBD",
            "JUMLAH\t\t2.931.666.319\t");

        var total = Assert.Single(result.Budget, b => b.Source.Line == Report.Line(7));
        Assert.Equal(2_931_666_319m, total.Pagu);
    }
    [Fact]
    public void A_total_row_as_wide_as_a_header_that_ends_in_a_label_keeps_its_empty_cell()
    {
        var result = Report.Extract(
            "Tabel 3.12",
            "Hasil Aspek Penilaian AKIP Tahun 2019-2023",
            "No. Aspek Penilaian\tTahun\t\t\t\t",
            "\t\t2019\t2020\t2021\t2022\t2023",
            "1. Perencanaan Kinerja\t22,56\t22,91\t25,92\t22,91\t22,02",
            "2. Pengukuran Kinerja\t15,7\t16,12\t15,93\t21,87\t20,64",
            "3. Pelaporan Kinerja\t9,87\t9,98\t9,98\t10,13\t11,62",
            "4. Evaluasi Akuntabilitas Kinerja Internal\t6,09\t6,11\t6,11\t17,25\t15,87",
            "5. Pencapaian Sasaran/Kinerja\t10,78\t12,13\t12,13\t-\t-",
            "Total\t\t65,00\t67,25\t70,07\t72,16\t70,15",
            "Kategori\t\tB\tB\tBB\tBB\tBB");

        var totals = result.Akip.Where(a => a.Source.Line == Report.Line(10)).Select(a => (a.Year, a.Total!.Value)).ToList();
        Assert.Contains((2019, 65.00m), totals);
        Assert.Contains((2022, 72.16m), totals);
        Assert.DoesNotContain((2023, 65.00m), totals);
    }

    [Fact]
    public void A_row_of_grades_printed_with_the_same_empty_cell_as_the_total_row_above_loses_it_too()
    {
        var result = Report.Extract(
            "Tabel 3.12",
            "Hasil Aspek Penilaian AKIP Tahun 2019-2023",
            "Aspek Penilaian\tTahun\t\t\t\t",
            "\t2019\t2020\t2021\t2022\t2023",
            "Perencanaan Kinerja\t22,56\t22,91\t25,92\t22,91\t22,02",
            "Pengukuran Kinerja\t15,7\t16,12\t15,93\t21,87\t20,64",
            "Pelaporan Kinerja\t9,87\t9,98\t9,98\t10,13\t11,62",
            "Evaluasi Akuntabilitas Kinerja Internal\t6,09\t6,11\t6,11\t17,25\t15,87",
            "Pencapaian Sasaran/Kinerja\t10,78\t12,13\t12,13\t-\t-",
            "Total\t\t65,00\t67,25\t70,07\t72,16\t70,15",
            "Kategori\t\tB\tB\tBB\tBB\tBB");

        Assert.Equal(
            [(2019, 65.00m, "B"), (2020, 67.25m, "B"), (2021, 70.07m, "BB"), (2022, 72.16m, "BB"), (2023, 70.15m, "BB")],
            result.Akip.Where(a => a.Source.Line == Report.Line(10)).OrderBy(a => a.Year).Select(a => (a.Year, a.Total!.Value, a.Predikat)));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.CategoryMismatch);
    }

    [Fact]
    public void A_first_row_of_labels_printed_with_an_empty_cell_none_of_the_rows_below_has_loses_it()
    {
        var result = Report.Extract(
            "Tabel 3.6",
            "Hasil Survei Kepuasan Masyarakat per Unsur Pelayanan Tahun 2023",
            string.Empty,
            "Uraian\t\tU1\tU2\tU3\tU4\tU5\tU6\tU7\tU8\tU9",
            "Jumlah Nilai per Unsur\t507\t498\t483\t591\t510\t519\t534\t468\t480",
            "NRR per Unsur\t3,38\t3,32\t3,22\t3,94\t3,40\t3,46\t3,56\t3,12\t3,20",
            "NRR Tertimbang per Unsur\t0,37518\t0,36852\t0,35742\t0,43734\t0,37740\t0,38406\t0,39516\t0,34632\t0,35520",
            "Jumlah NRR Tertimbang\t3,40560",
            "IKM Unit Pelayanan (Jumlah NRR Tertimbang x 25)\t85,14",
            string.Empty,
            "Keterangan:",
            "U1 = Persyaratan; U2 = Sistem, Mekanisme dan Prosedur; U3 = Waktu Penyelesaian; U4 = Biaya/Tarif; U5 = Produk Spesifikasi Jenis Pelayanan; U6 = Kompetensi Pelaksana; U7 = Perilaku Pelaksana; U8 = Sarana dan Prasarana; U9 = Penanganan Pengaduan, Saran dan Masukan.");

        var ikm = Assert.Single(result.Ikm);
        Assert.Equal(85.14m, ikm.Ikm);
        Assert.Equal([3.38m, 3.32m, 3.22m, 3.94m, 3.40m, 3.46m, 3.56m, 3.12m, 3.20m], ikm.Elements.Select(e => e.Nrr!.Value));
    }

    [Fact]
    public void A_row_pushed_right_by_an_empty_cell_and_short_of_its_empty_last_cell_stands_under_its_columns_again()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Kinerja Sasaran Tahun 2022",
            "No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian\tKategori\tCapaian",
            "\t\t\t\t2022\t2022\t(%)\t\tSasaran (%)",
            "1\tMeningkatnya Kompetensi ASN\tIndeks Profesionalitas ASN\tIndeks\t70,00\t72,10\t103,00\tSangat Tinggi\t103,00",
            "2\tMeningkatnya Kualitas\tIndeks Kepuasan Masyarakat terhadap\t\tIndeks\t82,00\t84,28\t102,78\tSangat Tinggi",
            "\tPelayanan Administrasi\tLayanan Kepegawaian",
            "\tKepegawaian\tPersentase Layanan Administrasi Kepegawaian yang Diselesaikan Tepat Waktu\t%\t90,00\t92,36\t102,62\tSangat Tinggi\t105,80");

        var ikm = result.Indicators.Where(v => v.Indicator.StartsWith("Indeks Kepuasan", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [(IndicatorValueKind.Target, 82.00m), (IndicatorValueKind.Realization, 84.28m), (IndicatorValueKind.ReportedCapaian, 102.78m)],
            ikm.Select(v => (v.Kind, v.Value!.Value)));
        Assert.All(ikm, v => Assert.Equal("Indeks", v.Satuan));
    }
}
