using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

public class BudgetAuditTests
{
    [Fact]
    public void A_jumlah_that_does_not_add_up_is_a_sum_mismatch_with_both_values()
    {
        var result = Report.Extract(
            "Tabel 3.17",
            "Realisasi Anggaran Program Tahun 2023",
            string.Empty,
            "No.\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\tPersentase (%)",
            "1.\tProgram Penunjang Urusan Pemerintahan Daerah\t1.000.000\t900.000\t90,00",
            "2.\tProgram Penyelenggaraan Pemerintahan\t500.000\t500.000\t100,00",
            "\tJUMLAH\t1.500.000\t1.500.000\t93,33");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.SumMismatch);
        Assert.Equal(1_500_000m, finding.Reported.Value);
        Assert.Equal(1_400_000m, finding.Expected.Value);
        Assert.Equal(Report.Line(7), finding.Reported.Location.Line);
        Assert.Equal("Tabel 3.17", finding.Reported.Location.Table);
        Assert.Contains("dilaporkan 1.500.000, dihitung 1.400.000", finding.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_last_row_of_bare_amounts_under_named_rows_is_the_tables_total_and_is_checked()
    {
        var result = Report.Extract(
            "Tabel 3.17",
            "Realisasi Anggaran Kegiatan Tahun 2023",
            string.Empty,
            "No\tKegiatan\tAnggaran (Rp)\tRealisasi (Rp)\t%",
            "1\tAdministrasi Keuangan Perangkat Daerah\t1.000.000\t900.000\t90,00",
            "2\tAdministrasi Umum Perangkat Daerah\t500.000\t500.000\t100,00",
            "\t\t1.600.000\t1.400.000\t");

        var total = Assert.Single(result.Budget, b => b.Level == Domain.Facts.BudgetLevel.Total);
        Assert.Equal((1_600_000m, Report.Line(7)), (total.Pagu, total.Source.Line));
        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.SumMismatch);
        Assert.Equal((1_600_000m, 1_500_000m), (finding.Reported.Value, finding.Expected.Value));
    }

    [Fact]
    public void A_dash_printed_for_nothing_in_a_cell_is_an_empty_cell_so_a_total_row_of_dashes_is_still_checked()
    {
        var result = Report.Extract(
            "Tabel 3.17",
            "Realisasi Anggaran Kegiatan Tahun 2023",
            string.Empty,
            "No\tKegiatan\tAnggaran (Rp)\tRealisasi (Rp)\t%",
            "1\t2\t3\t4\t-",
            "1\tAdministrasi Keuangan Perangkat Daerah\t1.000.000\t900.000\t90,00",
            "2\tAdministrasi Umum Perangkat Daerah\t500.000\t500.000\t100,00",
            "-\t-\t1.600.000\t1.400.000\t-");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.SumMismatch);
        Assert.Equal((1_600_000m, 1_500_000m, Report.Line(8)), (finding.Reported.Value, finding.Expected.Value, finding.Reported.Location.Line));
    }

    [Fact]
    public void The_jumlah_of_a_table_of_program_indicators_and_their_money_adds_up_the_programs_not_their_kegiatan()
    {
        var result = Report.Extract(
            "Tabel 3.5",
            "Capaian Kinerja Program dan Kegiatan Tahun 2023",
            "No\tProgram/Kegiatan\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\tAnggaran (Rp)\tRealisasi Anggaran (Rp)\t%",
            "1\tProgram Pencegahan dan Penanggulangan Kebakaran\tPersentase kejadian kebakaran yang ditangani\t%\t100\t100\t100\t4.250.000.000\t4.102.345.600\t96,53",
            "\tKegiatan Pemadaman dan Penyelamatan Kebakaran\tJumlah kejadian kebakaran yang ditangani\tKejadian\t80\t86\t107,50\t3.100.000.000\t3.010.225.000\t97,10",
            "\tKegiatan Pemberdayaan Masyarakat dalam Pencegahan Kebakaran\tJumlah masyarakat yang mengikuti sosialisasi\tOrang\t1.500\t1.725\t115,00\t1.150.000.000\t1.092.120.600\t94,97",
            "2\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tPersentase layanan penunjang urusan pemerintahan\t%\t100\t98,50\t98,50\t6.800.000.000\t6.512.004.300\t95,76",
            "\tJumlah\t\t\t\t\t\t11.150.000.000\t10.614.349.900\t96,06");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.SumMismatch);
        Assert.Equal((Report.Line(8), 11_150_000_000m, 11_050_000_000m), (finding.Reported.Location.Line, finding.Reported.Value, finding.Expected.Value));
    }

    [Fact]
    public void A_kegiatan_is_checked_against_its_sub_kegiatan_by_kode_rekening()
    {
        var result = Report.Extract(
            "TABEL III.4",
            string.Empty,
            "Kode Rekening\tUraian\tJumlah Anggaran\tRealisasi\tPersentase",
            "7.01.7.01.0.001.2.01.\tPerencanaan Perangkat Daerah\t5,000,000.00\t4,000,000.00\t80.00",
            "7.01.7.01.0.001.2.01.01.\tPenyusunan Dokumen Perencanaan\t2,000,000.00\t2,000,000.00\t100.00",
            "7.01.7.01.0.001.2.01.02.\tKoordinasi Penyusunan RKA\t2,500,000.00\t2,000,000.00\t80.00",
            "\tJUMLAH\t5,000,000.00\t4,000,000.00\t80.00");

        var sub = result.Budget.Single(b => b.Code == "7.01.7.01.0.001.2.01.01.");
        Assert.Equal(Domain.Facts.BudgetLevel.SubKegiatan, sub.Level);
        Assert.Equal(Report.Line(4), sub.ParentLine);
        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.SumMismatch);
        Assert.Equal(Report.Line(4), finding.Reported.Location.Line);
        Assert.Equal(4_500_000m, finding.Expected.Value);
    }

    [Fact]
    public void In_a_table_of_indicators_and_their_money_a_line_keeps_its_kode_and_is_checked_against_the_lines_under_its_kode()
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Realisasi Kinerja dan Keuangan Program, Kegiatan dan Sub Kegiatan Tahun 2023",
            "Kode\tProgram/Kegiatan/Sub Kegiatan\tIndikator Kinerja\tTarget Kinerja\tRealisasi Kinerja\tCapaian Kinerja (%)\tPagu (Rp)\tRealisasi Keuangan (Rp)\tCapaian Keuangan (%)",
            "1.05.03\tPROGRAM PENCEGAHAN, PENANGGULANGAN, PENYELAMATAN KEBAKARAN DAN PENYELAMATAN NON KEBAKARAN\tPersentase tingkat waktu tanggap di WMK\t85 %\t88,24 %\t103,81\t1.100.000.000\t1.055.000.000\t95,91",
            "1.05.03.2.01\tPencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan Bahan Berbahaya dan Beracun Kebakaran\tPersentase kejadian kebakaran yang tertangani\t100 %\t100 %\t100,00\t1.200.000.000\t1.150.000.000\t95,83",
            "1.05.03.2.01.01\tPencegahan Kebakaran dalam Daerah Kabupaten/Kota\tJumlah bangunan yang diperiksa\t150\t162\t108,00\t400.000.000\t390.000.000\t97,50",
            "1.05.03.2.01.02\tPemadaman dan Pengendalian Kebakaran dalam Daerah Kabupaten/Kota\tJumlah kejadian kebakaran yang dipadamkan\t50\t68\t136,00\t700.000.000\t665.000.000\t95,00");

        Assert.Equal(["1.05.03", "1.05.03.2.01", "1.05.03.2.01.01", "1.05.03.2.01.02"], result.Budget.Select(b => b.Code));
        var sums = result.Findings.Where(f => f.Kind == FindingKind.SumMismatch).ToList();
        Assert.Equal(
            [(Report.Line(4), 1_100_000_000m, 1_200_000_000m), (Report.Line(5), 1_200_000_000m, 1_100_000_000m)],
            sums.Where(f => f.Description.Contains("pagu", StringComparison.Ordinal)).Select(f => (f.Reported.Location.Line, f.Reported.Value, f.Expected.Value)).OrderBy(f => f.Item1));
    }

    [Fact]
    public void A_coded_kegiatan_printed_on_each_row_of_its_indicators_is_added_up_once_against_its_programs_pagu()
    {
        var result = Report.Extract(
            "Tabel 2.3",
            "Program dan Kegiatan Tahun 2023",
            "No\tProgram/Kegiatan\tAnggaran (Rp)",
            "1\tProgram Pencegahan dan Penanggulangan Kebakaran\t1.200.000.000",
            "\tKegiatan Pemadaman dan Pengendalian Kebakaran\t1.200.000.000",
            string.Empty,
            "Tabel 3.10",
            "Realisasi Kinerja dan Keuangan Kegiatan Tahun 2023",
            "Kode\tKegiatan\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\tPagu (Rp)\tRealisasi Keuangan (Rp)\tCapaian Keuangan (%)",
            "1.05.03.2.01\tPemadaman dan Pengendalian Kebakaran\tJumlah kejadian kebakaran yang dipadamkan\t50\t68\t136,00\t1.200.000.000\t1.150.000.000\t95,83",
            "1.05.03.2.01\tPemadaman dan Pengendalian Kebakaran\tPersentase kejadian yang ditangani tepat waktu\t85\t88\t103,53\t1.200.000.000\t1.150.000.000\t95,83");

        Assert.DoesNotContain(result.Findings, f => f.Description.Contains("kegiatannya", StringComparison.Ordinal));
    }

    [Fact]
    public void A_penyerapan_of_996_percent_is_reported_against_realisasi_over_pagu()
    {
        var result = Report.Extract(
            "No\tPROGRAM/ KEGIATAN\tANGGARAN (Rp.)\tREALISASI (Rp)\tCAPAIAN (%)",
            "I\tProgram Penyelenggaraan pemerintahan\t3.071.415.500\t3.094.283.480\t996.22 %",
            "1\tKoordinasi penyelenggaraan kegiatan\t3.071.415.500\t3.094.283.480\t100.74 %");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
        Assert.Contains("dilaporkan 996,22%, dihitung 100,74%", finding.Description, StringComparison.Ordinal);
        Assert.Equal(Report.Line(2), finding.Reported.Location.Line);
    }

    [Fact]
    public void A_sentence_quoting_a_tables_total_with_a_wrong_percentage_is_table_vs_text()
    {
        var result = Report.Extract(
            "Tabel 3.14",
            "Realisasi Anggaran per Program",
            "No\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\tPenyerapan (%)",
            "1\tProgram Penunjang Urusan Pemerintahan Daerah\t7.616.562.200\t7.309.658.577\t95,97",
            "2\tProgram Kepegawaian Daerah\t2.437.730.000\t2.294.485.400\t94,12",
            "\tJUMLAH\t10.054.292.200\t9.604.143.977\t95,52",
            string.Empty,
            "Pada Tahun Anggaran 2023 kecamatan mengelola anggaran belanja setelah perubahan sebesar Rp 10.054.292.200,- dengan realisasi sebesar Rp 9.604.143.977,- atau 95,25%.");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.TableVsText);
        Assert.Equal(95.25m, finding.Reported.Value);
        Assert.Equal(95.52m, finding.Expected.Value);
        Assert.Equal(Report.Line(6), finding.Expected.Location.Line);
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
    }

    [Fact]
    public void Rounding_at_the_printed_decimals_is_not_a_finding()
    {
        var result = Report.Extract(
            "No\tProgram\tAnggaran\tRealisasi\t%",
            "1\tProgram A\t3.000.000\t2.000.000\t66,67",
            "2\tProgram B\t3.000.000\t1.000.000\t33,3",
            "\tJUMLAH\t6.000.000\t3.000.000\t50");

        Assert.DoesNotContain(result.Findings, f => f.Kind is FindingKind.CapaianMiscomputed or FindingKind.SumMismatch);
    }

    [Fact]
    public void A_penyerapan_printed_alone_is_checked_against_the_same_programs_realisation_table()
    {
        var result = Report.Extract(
            "Tabel 3.14",
            "Realisasi Anggaran per Program Tahun 2023",
            string.Empty,
            "No.\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\tPersentase (%)",
            "1.\tProgram Penunjang Urusan Pemerintahan Daerah\t1.000.000\t950.000\t95,00",
            "2.\tProgram Kepegawaian Daerah\t1.182.730.000\t1.129.278.000\t95,48",
            string.Empty,
            "Tabel 3.16",
            "Efisiensi Penggunaan Anggaran per Program",
            string.Empty,
            "No\tProgram\tCapaian Kinerja (%)\tPenyerapan Anggaran (%)\tTingkat Efisiensi (%)",
            "1\tProgram Penunjang Urusan Pemerintahan Daerah\t100,00\t95,00\t5,00",
            "2\tProgram Kepegawaian Daerah\t102,29\t94,58\t7,71");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.TableVsTable);
        Assert.Equal((94.58m, Report.Line(13)), (finding.Reported.Value, finding.Reported.Location.Line));
        Assert.Equal((95.48m, Report.Line(6)), (finding.Expected.Value, finding.Expected.Location.Line));
    }

    [Fact]
    public void A_capaian_kinerja_beside_the_pagu_in_an_efficiency_table_is_not_the_penyerapan()
    {
        var result = Report.Extract(
            "Tabel 3.6",
            "Analisis Efisiensi Penggunaan Sumber Daya",
            string.Empty,
            "No\tSasaran\tCapaian Kinerja (%)\tPagu Anggaran (Rp)\tRealisasi Anggaran (Rp)\tPenyerapan (%)\tEfisiensi (%)",
            "1\tMeningkatnya kualitas pelayanan kecamatan\t108,21\t5.250.000.000\t5.010.000.000\t95,43\t12,78");

        var line = Assert.Single(result.Budget);
        Assert.Equal(95.43m, line.ReportedPercent);
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
    }
}
