using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Budget tables as dinas and badan print them: several years side by side, efficiency per sasaran, page feet and wrapped names inside the table.</summary>
public class GenreBudgetTableTests
{
    [Fact]
    public void Budgets_of_several_years_side_by_side_are_each_read_with_their_own_year()
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Realisasi Anggaran Belanja Tahun 2021-2023",
            "Uraian\tAnggaran 2021\tRealisasi 2021\t%\tAnggaran 2022\tRealisasi 2022\t%\tAnggaran 2023\tRealisasi 2023\t%",
            "Belanja Operasi\t5.000.000.000\t4.800.000.000\t96,00\t5.500.000.000\t5.300.000.000\t96,36\t6.000.000.000\t5.700.000.000\t95,00",
            "Belanja Modal\t1.000.000.000\t900.000.000\t90,00\t1.200.000.000\t1.100.000.000\t91,67\t1.500.000.000\t1.400.000.000\t93,33",
            "Jumlah\t6.000.000.000\t5.700.000.000\t95,00\t6.700.000.000\t6.400.000.000\t95,52\t7.500.000.000\t7.100.000.000\t94,67");

        var operasi = result.Budget.Where(b => b.Name == "Belanja Operasi").OrderBy(b => b.Year).ToList();
        Assert.Equal([2021, 2022, 2023], operasi.Select(b => b.Year));
        Assert.Equal([5_000_000_000m, 5_500_000_000m, 6_000_000_000m], operasi.Select(b => b.Pagu!.Value));
        Assert.Equal([4_800_000_000m, 5_300_000_000m, 5_700_000_000m], operasi.Select(b => b.Realisasi!.Value));
        Assert.Equal([96.00m, 96.36m, 95.00m], operasi.Select(b => b.ReportedPercent!.Value));
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.SumMismatch);
    }

    [Theory]
    [InlineData("1.437.654.321", 0)]
    [InlineData("1.537.654.321", 1)]
    public void Quarters_of_a_budget_are_no_budget_lines_but_their_total_is_checked_against_them(string fourthQuarter, int sumMismatches)
    {
        var result = Report.Extract(
            "Tabel 3.13",
            "Realisasi Anggaran per Triwulan Tahun 2023",
            "No\tTriwulan\tTarget Realisasi (Rp)\tRealisasi (Rp)\t%",
            "1\tTriwulan I\t1.000.000.000\t950.000.000\t95,00",
            "2\tTriwulan II\t1.300.000.000\t1.250.000.000\t96,15",
            "3\tTriwulan III\t1.400.000.000\t1.350.000.000\t96,43",
            $"4\tTriwulan IV\t1.423.456.789\t{fourthQuarter}\t101,00",
            "\tJumlah\t5.123.456.789\t4.987.654.321\t97,35");

        var line = Assert.Single(result.Budget);
        Assert.Equal((BudgetLevel.Total, 4_987_654_321m), (line.Level, line.Realisasi!.Value));
        Assert.Equal(sumMismatches, result.Findings.Count(f => f.Kind == Model.FindingKind.SumMismatch));
    }

    [Fact]
    public void Quarters_counted_up_to_are_no_budget_lines_and_are_not_added_up()
    {
        var result = Report.Extract(
            "Tabel 3.13",
            "Realisasi Anggaran Kumulatif per Triwulan Tahun 2023",
            "No\tPeriode\tPagu (Rp)\tRealisasi (Rp)\t%",
            "1\ts.d. Triwulan I\t5.123.456.789\t950.000.000\t18,54",
            "2\ts.d. Triwulan II\t5.123.456.789\t2.200.000.000\t42,94",
            "3\ts.d. Triwulan III\t5.123.456.789\t3.550.000.000\t69,29",
            "4\ts.d. Triwulan IV\t5.123.456.789\t4.987.654.321\t97,35",
            "\tJumlah\t5.123.456.789\t4.987.654.321\t97,35");

        Assert.Equal(BudgetLevel.Total, Assert.Single(result.Budget).Level);
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.SumMismatch);
    }

    [Fact]
    public void A_source_of_funds_named_by_its_acronym_keeps_its_name()
    {
        var result = Report.Extract(
            "Tabel 3.14",
            "Realisasi Anggaran Menurut Sumber Dana Tahun 2023",
            "No\tSumber Dana\tAnggaran (Rp)\tRealisasi (Rp)\t%",
            "1\tDAU\t4.073.456.789\t3.972.654.321\t97,53",
            "2\tDAK\t1.050.000.000\t1.015.000.000\t96,67",
            "\tJumlah\t5.123.456.789\t4.987.654.321\t97,35");

        Assert.Equal(["DAU", "DAK", "Jumlah"], result.Budget.Select(b => b.Name));
    }

    [Fact]
    public void A_log_of_fires_with_their_losses_in_rupiah_gives_no_budget_lines()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Rekapitulasi Kejadian Kebakaran Tahun 2023",
            "No\tTanggal\tLokasi Kejadian\tKecamatan\tObjek Terbakar\tWaktu Lapor\tWaktu Tiba\tResponse Time (menit)\tKerugian (Rp)",
            "1\t03-01-2023\tJl. A. Yani Km 33\tLandasan Ulin\tRumah\t10.15\t10.27\t12\t150.000.000",
            "2\t17-02-2023\tJl. Trikora\tBanjarbaru Selatan\tRuko\t14.02\t14.19\t17\t450.000.000",
            "3\t05-03-2023\tKomp. Citra Graha\tLiang Anggang\tLahan\t09.40\t09.51\t11\t-",
            "\tJumlah\t\t\t\t\t\t\t600.000.000");

        Assert.Empty(result.Budget);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Money_spent_beside_a_sasaran_capaian_is_budget_realisasi_not_the_indicator_realization()
    {
        var result = Report.Extract(
            "Tabel 3.9",
            "Efisiensi Penggunaan Sumber Daya per Sasaran Tahun 2023",
            "No\tSasaran\tIndikator\tCapaian Kinerja (%)\tAnggaran (Rp)\tRealisasi Anggaran (Rp)\tSerapan (%)\tTingkat Efisiensi (%)",
            "1\tMeningkatnya kualitas pelayanan penanggulangan kebakaran\tWaktu tanggap (response time)\t107,14\t2.500.000.000\t2.350.000.000\t94,00\t13,14");

        Assert.DoesNotContain(result.Indicators, v => v.Kind == IndicatorValueKind.Realization);
        var line = Assert.Single(result.Budget);
        Assert.Equal((2_500_000_000m, 2_350_000_000m, 94.00m), (line.Pagu, line.Realisasi, line.ReportedPercent));
    }

    [Fact]
    public void A_sasaran_funded_by_one_kegiatan_alone_shares_its_figures_without_a_finding()
    {
        var result = Report.Extract(
            "Tabel 3.8",
            "Realisasi Anggaran Tahun 2023",
            "No\tProgram/Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\t%",
            "1\tProgram Koordinasi Ketentraman dan Ketertiban Umum\t500.000.000\t491.000.000\t98,20",
            "\tKoordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum\t500.000.000\t491.000.000\t98,20",
            string.Empty,
            "Tabel 3.10",
            "Anggaran dan Realisasi per Sasaran Strategis Tahun 2023",
            "No\tSasaran Strategis\tAnggaran (Rp)\tRealisasi (Rp)\tPenyerapan (%)\tCapaian Kinerja (%)\tEfisiensi (%)",
            "1\tMeningkatnya kualitas pelayanan publik kecamatan\t5.312.340.000\t5.093.118.250\t95,87\t101,20\t5,33",
            "2\tMeningkatnya ketenteraman dan ketertiban umum\t500.000.000\t491.000.000\t98,20\t100,00\t1,80");

        Assert.Contains(result.Budget, b => b.Name == "Meningkatnya ketenteraman dan ketertiban umum" && b.Pagu == 500_000_000m);
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.TableVsTable);
    }

    [Fact]
    public void Money_under_a_header_that_names_something_else_is_no_budget()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Data Kejadian Kebakaran per Kecamatan Tahun 2023",
            "No\tKecamatan\tJumlah Kejadian\tKerugian (Rp)\tKorban Jiwa",
            "1\tKecamatan Landasan Ulin\t12\t1.250.000.000\t0",
            "2\tKecamatan Cempaka\t8\t640.000.000\t1",
            "JUMLAH\t\t20\t1.890.000.000\t1");

        Assert.Empty(result.Budget);
    }

    [Fact]
    public void A_list_of_programs_with_amounts_under_jumlah_rp_is_still_a_budget()
    {
        var result = Report.Extract(
            "Tabel 3.12",
            "Anggaran Program Tahun 2023",
            "No\tProgram\tJumlah (Rp)",
            "1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t2.500.000.000",
            "2\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t1.250.000.000");

        Assert.Equal([2_500_000_000m, 1_250_000_000m], result.Budget.Select(b => b.Pagu!.Value));
    }

    [Fact]
    public void Physical_progress_beside_the_money_is_no_realisasi()
    {
        var result = Report.Extract(
            "Tabel 3.5",
            "Realisasi Fisik dan Keuangan Tahun 2023",
            "No\tProgram/Kegiatan/Sub Kegiatan\tPagu Anggaran (Rp)\tRealisasi Fisik (%)\tRealisasi Keuangan (Rp)\t%",
            "1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t2.500.000.000\t100\t2.400.000.000\t96,00",
            "2\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t300.000.000\t95\t270.000.000\t90,00");

        Assert.Equal([(2_500_000_000m, 2_400_000_000m, 96.00m), (300_000_000m, 270_000_000m, 90.00m)],
            result.Budget.Select(b => (b.Pagu!.Value, b.Realisasi!.Value, b.ReportedPercent!.Value)));
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("Target Kinerja\tSatuan\tTarget Anggaran (Rp)\tRealisasi Kinerja\tRealisasi Anggaran (Rp)\tCapaian Kinerja (%)\tCapaian Anggaran (%)")]
    [InlineData("Target Kinerja\tSatuan\tTarget Keuangan (Rp)\tRealisasi Kinerja\tRealisasi Keuangan (Rp)\tCapaian Kinerja (%)\tCapaian Keuangan (%)")]
    public void A_renja_evaluation_keeps_the_money_apart_from_the_indicator(string header)
    {
        var result = Report.Extract(
            "Tabel 3.6",
            "Evaluasi Pelaksanaan Renja Tahun 2023",
            "No\tProgram/Kegiatan\tIndikator Kinerja\t" + header,
            "1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tPersentase dokumen perencanaan dan pelaporan tepat waktu\t100\t%\t2.500.000.000\t100\t2.400.000.000\t100\t96,00",
            "2\tAdministrasi Keuangan Perangkat Daerah\tJumlah laporan keuangan yang disusun\t12\tLaporan\t2.000.000.000\t12\t1.950.000.000\t100\t97,50");

        Assert.Equal([100m, 100m, 100m, 12m, 12m, 100m],
            result.Indicators.OrderBy(v => v.Source.Line).ThenBy(v => v.Kind).Select(v => v.Value!.Value));
        Assert.Equal([(2_500_000_000m, 2_400_000_000m, 96.00m), (2_000_000_000m, 1_950_000_000m, 97.50m)],
            result.Budget.Select(b => (b.Pagu!.Value, b.Realisasi!.Value, b.ReportedPercent!.Value)));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_program_budget_under_the_indicators_of_a_perjanjian_kinerja_is_read_as_a_table_of_its_own()
    {
        var result = Report.Extract(
            "Tabel 2.2",
            "Perjanjian Kinerja Tahun 2023",
            "No\tSasaran Strategis\tIndikator Kinerja\tTarget",
            "1\tMeningkatnya kualitas pelayanan penanggulangan kebakaran\tPersentase kejadian kebakaran yang tertangani dalam waktu tanggap\t95%",
            "2\tMenurunnya kerugian akibat kebakaran\tRata-rata waktu tanggap penanganan kebakaran\t15 Menit",
            "\tProgram\tAnggaran\tKeterangan",
            "1\tProgram Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran\tRp 2.500.000.000\tAPBD");

        Assert.Equal([95m, 15m], result.Indicators.Select(v => v.Value!.Value));
        var line = Assert.Single(result.Budget);
        Assert.Equal(("Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran", 2_500_000_000m, "Tabel 2.2"),
            (line.Name, line.Pagu!.Value, line.Source.Table));
    }

    [Fact]
    public void A_page_foot_printed_as_a_row_inside_a_budget_table_is_no_budget_line()
    {
        var result = Report.Extract(
            "Tabel 3.8",
            "Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2023",
            "Kode Rekening\tProgram/Kegiatan/Sub Kegiatan\tPagu Anggaran (Rp)\tRealisasi (Rp)\t%",
            "1.05.03.2.01\tPencegahan Kebakaran\t1.500.000.000\t1.420.000.000\t94,67",
            "1.05.03.2.01.0001\tPencegahan Kebakaran dalam Daerah\t800.000.000\t760.000.000\t95,00",
            "1.05.03.2.01.0002\tPemadaman Kebakaran dan Penyelamatan Korban\t700.000.000\t660.000.000\t94,29",
            "\tLaporan Kinerja Instansi Pemerintah 2023\t\t25",
            "Kode Rekening\tProgram/Kegiatan/Sub Kegiatan\tPagu Anggaran (Rp)\tRealisasi (Rp)\t%",
            "\tJUMLAH\t1.500.000.000\t1.420.000.000\t94,67");

        Assert.DoesNotContain(result.Budget, b => b.Name.Contains("Laporan Kinerja", StringComparison.Ordinal));
        Assert.Equal(4, result.Budget.Count);
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.SumMismatch);
    }

    [Fact]
    public void A_name_whose_last_word_anggaran_wraps_onto_a_row_of_its_own_does_not_start_a_table()
    {
        var result = Report.Extract(
            "Tabel 3.15",
            "Realisasi Anggaran per Kegiatan dan Sub Kegiatan Tahun 2023",
            "Kode Rekening\tUraian\tAnggaran Setelah\tRealisasi s/d\tSisa Anggaran\t%",
            "\t\tPerubahan (Rp)\t31 Des 2023 (Rp)\t(Rp)\t",
            "5.03.01.2.02\tAdministrasi Keuangan Perangkat Daerah\t6.295.367.200\t6.023.534.615\t271.832.585\t95,68",
            "5.03.01.2.02.01\tPenyediaan Gaji dan Tunjangan ASN\t6.292.167.200\t6.020.384.615\t271.782.585\t95,68",
            "5.03.01.2.02.08\tPenyusunan Pelaporan dan Analisis Prognosis Realisasi\t3.200.000\t3.150.000\t50.000\t98,44",
            "\tAnggaran\t\t\t\t",
            "5.03.01.2.06\tAdministrasi Umum Perangkat Daerah\t395.620.000\t378.976.750\t16.643.250\t95,79",
            "5.03.01.2.06.01\tPenyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor\t395.620.000\t378.976.750\t16.643.250\t95,79");

        Assert.Equal(5, result.Budget.Count);
        Assert.Equal("Penyusunan Pelaporan dan Analisis Prognosis Realisasi Anggaran", result.Budget[2].Name);
        Assert.Single(result.Budget.Select(b => b.Source.Table).Distinct());
    }

    [Fact]
    public void A_name_wrapped_onto_the_next_row_goes_on_in_a_table_printing_a_blank_line_between_its_rows()
    {
        var result = Report.Extract(
            "Tabel 3.14",
            "Realisasi Anggaran per Sub Kegiatan Tahun 2023",
            "Kode Rekening\tProgram/Kegiatan/Sub Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%",
            string.Empty,
            "7.01.01.2.01\tPerencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah\t28.500.000\t28.200.000\t98,95",
            string.Empty,
            "7.01.01.2.01.0006\tKoordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi\t22.300.000\t22.000.000\t98,65",
            string.Empty,
            "\tKinerja SKPD\t\t\t",
            string.Empty,
            "7.01.01.2.01.0007\tEvaluasi Kinerja Perangkat Daerah\t6.200.000\t6.200.000\t100,00",
            string.Empty);

        Assert.Equal(
            ["Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
             "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "Evaluasi Kinerja Perangkat Daerah"],
            result.Budget.Select(b => b.Name));
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.SumMismatch);
    }

    [Fact]
    public void A_budget_line_name_broken_off_at_a_joining_word_goes_on_in_the_line_below()
    {
        var result = Report.Extract(
            "Tabel 3.8",
            "Realisasi Anggaran per Sub Kegiatan Tahun 2023",
            "Kode Rekening\tSub Kegiatan\tPagu Anggaran (Rp)\tRealisasi (Rp)\t%",
            "1.05.03.2.02.0001\tInspeksi Alat Pemadam Api Ringan pada\t1.000.000.000\t930.000.000\t93,00",
            "\tBangunan Gedung\t\t\t",
            "1.05.03.2.02.0002\tPemeriksaan Hidran\t500.000.000\t450.000.000\t90,00");

        Assert.Equal(["Inspeksi Alat Pemadam Api Ringan pada Bangunan Gedung", "Pemeriksaan Hidran"], result.Budget.Select(b => b.Name));
    }

    [Fact]
    public void A_page_foot_naming_the_unit_before_the_report_title_is_no_indicator_row()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Capaian Indikator Kinerja Utama Tahun 2023",
            "No\tIndikator Kinerja Utama\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tRasio puskesmas per 30.000 penduduk\trasio\t1\t1,1\t110",
            "\tDINAS KESEHATAN KABUPATEN CONTOH RAYA - LKjIP 2023\t\t15\t\t",
            "No\tIndikator Kinerja Utama\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "2\tAngka kesakitan DBD\tper 100.000 penduduk\t50\t42\t116");

        Assert.DoesNotContain(result.Indicators, v => v.Indicator.Contains("LKjIP", StringComparison.Ordinal));
        Assert.Equal(6, result.Indicators.Count);
    }

    [Fact]
    public void Program_kegiatan_and_sub_kegiatan_in_columns_of_their_own_give_each_row_its_level()
    {
        var result = Report.Extract(
            "Tabel 3.7",
            "Realisasi Anggaran Tahun 2023",
            "No\tProgram\tKegiatan\tSub Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\t%",
            "1\tProgram Penanggulangan Bencana\t\t\tRp 3.000.000.000,00\tRp 2.850.000.000,00\t95,00%",
            "\t\tPelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana\t\tRp 1.800.000.000,00\tRp 1.710.000.000,00\t95,00%",
            "\t\t\tPenyusunan Kajian Risiko Bencana Kabupaten/Kota\tRp 800.000.000,00\tRp 760.000.000,00\t95,00%",
            "\t\t\tSosialisasi, Komunikasi, Informasi dan Edukasi (KIE) Rawan Bencana\tRp 1.000.000.000,00\tRp 950.000.000,00\t95,00%",
            "\t\tPelayanan Penyelamatan dan Evakuasi Korban Bencana\t\tRp 1.200.000.000,00\tRp 1.140.000.000,00\t95,00%",
            "\t\t\tRespon Cepat Darurat Bencana\tRp 1.200.000.000,00\tRp 1.140.000.000,00\t95,00%",
            "\tJumlah\t\t\tRp 3.000.000.000,00\tRp 2.850.000.000,00\t95,00%");

        Assert.Equal(
            [BudgetLevel.Program, BudgetLevel.Kegiatan, BudgetLevel.SubKegiatan, BudgetLevel.SubKegiatan, BudgetLevel.Kegiatan, BudgetLevel.SubKegiatan, BudgetLevel.Total],
            result.Budget.Select(b => b.Level));
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.SumMismatch);
    }

    [Fact]
    public void A_bare_percent_after_the_money_spent_is_its_share_not_a_second_capaian_of_the_indicator()
    {
        var result = Report.Extract(
            "Tabel 3.9",
            "Capaian Kinerja dan Anggaran per Sasaran Tahun 2023",
            "No\tSasaran\tIndikator\tTarget\tRealisasi\tCapaian (%)\tPagu Anggaran (Rp)\tRealisasi Anggaran (Rp)\t%",
            "1\tMeningkatnya akses pendidikan\tAngka Partisipasi Kasar (APK) SD\t100\t102,5\t102,50\t45.000.000.000\t43.200.000.000\t96,00");

        var capaian = Assert.Single(result.Indicators, v => v.Kind == IndicatorValueKind.ReportedCapaian);
        Assert.Equal(102.50m, capaian.Value);
        Assert.Equal(96.00m, Assert.Single(result.Budget).ReportedPercent);
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.CapaianMiscomputed);
    }

    [Fact]
    public void A_jumlah_realisasi_column_after_the_realisasi_per_belanja_type_is_the_money_spent()
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Realisasi Belanja per Program Tahun 2023",
            "No\tProgram\tAnggaran (Rp)\tRealisasi\t\t\tJumlah Realisasi (Rp)\t%",
            "\t\t\tBelanja Pegawai\tBelanja Barang dan Jasa\tBelanja Modal\t\t",
            "1\tProgram Pengelolaan Pendidikan\t50.000.000.000\t30.000.000.000\t10.000.000.000\t7.000.000.000\t47.000.000.000\t94,00",
            "2\tProgram Penunjang Urusan Pemerintahan Daerah\t10.000.000.000\t8.000.000.000\t1.500.000.000\t0\t9.500.000.000\t95,00");

        Assert.Equal([47_000_000_000m, 9_500_000_000m], result.Budget.Select(b => b.Realisasi!.Value));
        Assert.Equal(30_000_000_000m, result.Budget[0].RealisasiPegawai);
    }

    [Fact]
    public void A_kode_rekening_printed_before_the_name_in_one_cell_is_the_line_code()
    {
        var result = Report.Extract(
            "Tabel 3.8",
            "Realisasi Anggaran Tahun 2023",
            "Program/Kegiatan/Sub Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\t%",
            "5.01.02 PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH\t1.200.000.000\t1.150.000.000\t95,83",
            "5.01.02.2.01 Penyusunan Perencanaan dan Pendanaan\t1.200.000.000\t1.150.000.000\t95,83",
            "5.01.02.2.01.0001 Analisis Data dan Informasi Perencanaan Pembangunan Daerah\t700.000.000\t670.000.000\t95,71",
            "5.01.02.2.01.0002 Penyusunan Dokumen Perencanaan Pembangunan Daerah\t500.000.000\t480.000.000\t96,00");

        Assert.Equal(["5.01.02", "5.01.02.2.01", "5.01.02.2.01.0001", "5.01.02.2.01.0002"], result.Budget.Select(b => b.Code));
        Assert.Equal("Penyusunan Perencanaan dan Pendanaan", result.Budget[1].Name);
        Assert.Equal([BudgetLevel.Program, BudgetLevel.Kegiatan, BudgetLevel.SubKegiatan, BudgetLevel.SubKegiatan], result.Budget.Select(b => b.Level));
    }

    [Fact]
    public void A_coded_name_wrapped_above_or_below_its_amounts_is_read_whole()
    {
        var result = Report.Extract(
            "Tabel 3.8",
            "Realisasi Anggaran Tahun 2023",
            "Kode\tUraian\tAnggaran (Rp)\tRealisasi (Rp)\t%",
            "5.01.02.2.01\tPenyusunan Perencanaan dan Pendanaan\t1.200.000.000\t1.150.000.000\t95,83",
            "5.01.02.2.01.0001\tAnalisis Data dan Informasi Perencanaan\t\t\t",
            "\tPembangunan Daerah\t700.000.000\t670.000.000\t95,71",
            "5.01.02.2.01.0002\tPenyusunan Dokumen Perencanaan\t500.000.000\t480.000.000\t96,00",
            "\tPembangunan Daerah\t\t\t");

        Assert.Equal(
            ["Penyusunan Perencanaan dan Pendanaan", "Analisis Data dan Informasi Perencanaan Pembangunan Daerah", "Penyusunan Dokumen Perencanaan Pembangunan Daerah"],
            result.Budget.Select(b => b.Name));
        Assert.Equal(["5.01.02.2.01", "5.01.02.2.01.0001", "5.01.02.2.01.0002"], result.Budget.Select(b => b.Code));
        Assert.Equal(Report.Line(6), result.Budget[1].Source.Line);
        Assert.Equal(700_000_000m, result.Budget[1].Pagu);
    }

    [Fact]
    public void Amounts_in_the_cell_right_of_a_currency_sign_are_read_under_the_header_over_both()
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Anggaran dan Realisasi per Program",
            "No\tProgram\tAnggaran\t\tRealisasi\t\t%",
            "1\tProgram Pencegahan Kebakaran\tRp.\t2.500.000.000\tRp.\t2.350.000.000\t94,00",
            "2\tProgram Penunjang Urusan\tRp.\t5.800.000.000\tRp.\t5.500.000.000\t94,83");

        Assert.Equal([2_500_000_000m, 5_800_000_000m], result.Budget.Select(b => b.Pagu!.Value));
        Assert.Equal([2_350_000_000m, 5_500_000_000m], result.Budget.Select(b => b.Realisasi!.Value));
        Assert.Equal([94.00m, 94.83m], result.Budget.Select(b => b.ReportedPercent!.Value));
    }

    [Fact]
    public void A_jumlah_program_row_repeating_a_program_heading_with_amounts_is_kept_but_not_added_into_the_total_twice()
    {
        var result = Report.Extract(
            "Tabel 3.11",
            "Realisasi Anggaran per Program, Kegiatan Tahun 2023",
            "Kode Rekening\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%",
            "7.01.01\tProgram Penunjang Urusan Pemerintahan Daerah\t1.000.000.000\t950.000.000\t95,00",
            "7.01.01.2.01\tPerencanaan, Penganggaran dan Evaluasi Kinerja\t400.000.000\t380.000.000\t95,00",
            "7.01.01.2.02\tAdministrasi Keuangan Perangkat Daerah\t600.000.000\t570.000.000\t95,00",
            "\tJumlah Program Penunjang Urusan Pemerintahan Daerah\t1.000.000.000\t950.000.000\t95,00",
            "7.01.02\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t500.000.000\t450.000.000\t90,00",
            "7.01.02.2.01\tKoordinasi Penyelenggaraan Kegiatan Pemerintahan\t500.000.000\t450.000.000\t90,00",
            "\tJumlah Program Penyelenggaraan Pemerintahan dan Pelayanan Publik\t500.000.000\t450.000.000\t90,00",
            "\tJUMLAH TOTAL\t1.500.000.000\t1.400.000.000\t93,33");

        Assert.Contains(result.Budget, b => b.Name == "Jumlah Program Penunjang Urusan Pemerintahan Daerah" && b.Pagu == 1_000_000_000m);
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.SumMismatch);
    }

    [Fact]
    public void Unnumbered_rows_under_numbered_programs_are_their_kegiatan()
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Realisasi Anggaran Tahun 2023",
            string.Empty,
            "No\tProgram/Kegiatan\tAnggaran\tRealisasi\t%",
            "1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t3.000.000.000\t2.880.000.000\t96,00",
            "\tAdministrasi Keuangan Perangkat Daerah\t2.950.000.000\t2.832.000.000\t96,00",
            "\tAdministrasi Umum Perangkat Daerah\t50.000.000\t48.000.000\t96,00",
            "2\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t1.250.000.000\t1.157.500.000\t92,60",
            "\tPelaksanaan Urusan Pemerintahan yang Dilimpahkan Kepada Camat\t1.250.000.000\t1.157.500.000\t92,60");

        Assert.Equal(
            [BudgetLevel.Program, BudgetLevel.Kegiatan, BudgetLevel.Kegiatan, BudgetLevel.Program, BudgetLevel.Kegiatan],
            result.Budget.OrderBy(b => b.Source.Line).Select(b => b.Level));
    }

    [Theory]
    [InlineData("Sub Kegiatan\tPagu (Rp)\tRealisasi Keuangan (Rp)\tRealisasi Fisik (%)\tRealisasi Keuangan (%)", "20.000.000\t19.000.000\t100\t95,00")]
    [InlineData("Nama Sub Kegiatan\tDPA (Rp)\tSP2D (Rp)\tSisa\t%", "20.000.000\t19.000.000\t1.000.000\t95,00")]
    [InlineData("Kegiatan\tAlokasi Dana\tPenyerapan Dana\tPersentase Penyerapan", "20.000.000\t19.000.000\t95,00")]
    public void Money_columns_named_their_own_way_give_the_pagu_the_realisasi_and_its_share(string header, string figures)
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Realisasi Anggaran Tahun 2023",
            string.Empty,
            $"No\t{header}",
            $"1\tPenyusunan Dokumen Perencanaan Perangkat Daerah\t{figures}");

        var line = Assert.Single(result.Budget);
        Assert.Equal((20_000_000m, 19_000_000m, 95.00m), (line.Pagu, line.Realisasi, line.ReportedPercent));
    }

    [Fact]
    public void A_subtotal_naming_nothing_closes_the_program_heading_above_it()
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Realisasi Anggaran per Kegiatan Tahun 2023",
            string.Empty,
            "No\tUraian\tAnggaran (Rp)\tRealisasi (Rp)\t%",
            "A\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t\t\t",
            "1\tAdministrasi Keuangan Perangkat Daerah\t2.950.000.000\t2.832.000.000\t96,00",
            "2\tAdministrasi Umum Perangkat Daerah\t50.000.000\t48.000.000\t96,00",
            "\tSub Total\t3.000.000.000\t2.880.000.000\t96,00",
            "B\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t\t\t",
            "1\tPelaksanaan Urusan Pemerintahan yang Dilimpahkan Kepada Camat\t1.250.000.000\t1.157.500.000\t92,60",
            "\tSub Total\t1.250.000.000\t1.157.500.000\t92,60",
            "\tTotal\t4.250.000.000\t4.037.500.000\t95,00");

        Assert.Equal(
            [(BudgetLevel.Kegiatan, Report.Line(6)), (BudgetLevel.Kegiatan, Report.Line(7)), (BudgetLevel.Program, Report.Line(8)),
             (BudgetLevel.Kegiatan, Report.Line(10)), (BudgetLevel.Program, Report.Line(11)), (BudgetLevel.Total, Report.Line(12))],
            result.Budget.Select(b => (b.Level, b.Source.Line)).OrderBy(b => b.Line));
        Assert.Equal("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", result.Budget.Single(b => b.Source.Line == Report.Line(8)).Name);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_code_and_its_name_in_one_cell_under_kode_rekening_uraian_are_split()
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Realisasi Anggaran Tahun 2023",
            string.Empty,
            "Kode Rekening / Uraian\tAnggaran (Rp)\tRealisasi (Rp)\t%",
            "5.1 BELANJA OPERASI\t3.900.000.000\t3.705.000.000\t95,00",
            "5.1.01 Belanja Pegawai\t2.550.000.000\t2.474.000.000\t97,02",
            "5.1.02 Belanja Barang dan Jasa\t1.350.000.000\t1.231.000.000\t91,19");

        Assert.Equal(
            [("5.1", "BELANJA OPERASI"), ("5.1.01", "Belanja Pegawai"), ("5.1.02", "Belanja Barang dan Jasa")],
            result.Budget.Select(b => (b.Code, b.Name)));
        Assert.Empty(result.Findings);
    }
    [Fact]
    public void A_budget_table_whose_sub_kegiatan_are_named_like_akip_components_stays_a_budget_table()
    {
        var result = Report.Extract(
            "Tabel 3.15",
            "Realisasi Anggaran per Kegiatan dan Sub Kegiatan Tahun 2022",
            "Kode Rekening\tUraian\tAnggaran (Rp)\tRealisasi (Rp)\t%",
            "5.03.01.2.01\tPerencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah\t41,085,000.00\t39,807,500.00\t96.89",
            "5.03.01.2.01.01\tPerencanaan Perangkat Daerah\t18,450,000.00\t17,982,500.00\t97.47",
            "5.03.01.2.01.06\tPelaporan Kinerja Perangkat Daerah\t12,760,000.00\t12,415,000.00\t97.30",
            "5.03.01.2.01.07\tEvaluasi Kinerja Perangkat Daerah\t9,875,000.00\t9,410,000.00\t95.29");

        Assert.Equal(4, result.Budget.Count);
        Assert.Empty(result.Akip);
    }
}
