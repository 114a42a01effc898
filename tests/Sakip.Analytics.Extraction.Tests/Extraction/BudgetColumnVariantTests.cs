using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Budget tables with columns beside pagu and realisasi: quarters, leftovers, differences.</summary>
public class BudgetColumnVariantTests
{
    [Fact]
    public void The_total_realisasi_after_quarterly_columns_is_the_years_realisasi()
    {
        var result = Report.Extract(
            "Tabel 3.15",
            "Realisasi Anggaran per Triwulan Tahun 2023",
            "No\tProgram\tPagu (Rp)\tTW I\tTW II\tTW III\tTW IV\tTotal Realisasi\t%",
            "1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t2.100.000.000\t400.000.000\t500.000.000\t550.000.000\t550.000.000\t2.000.000.000\t95,24",
            "2\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t750.000.000\t100.000.000\t200.000.000\t200.000.000\t200.000.000\t700.000.000\t93,33");

        Assert.Equal(
            [(2_100_000_000m, 2_000_000_000m, 95.24m), (750_000_000m, 700_000_000m, 93.33m)],
            result.Budget.Select(b => (b.Pagu!.Value, b.Realisasi!.Value, b.ReportedPercent!.Value)));
    }

    [Fact]
    public void A_renstra_funding_table_headed_rp_per_year_takes_no_target_for_a_pagu_nor_its_heading_for_a_row()
    {
        var result = Report.Extract(
            "Tabel 2.3",
            "Rencana Program, Kegiatan dan Pendanaan Kecamatan Teluk Indah Tahun 2021-2026",
            "Program/Kegiatan\tIndikator\tTarget 2022\tRp 2022\tTarget 2023\tRp 2023\tTarget 2024\tRp 2024",
            "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tPersentase dokumen\t100\t2.000.000.000\t100\t2.100.000.000\t100\t2.200.000.000",
            "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik\tIndeks Kepuasan Masyarakat\t80\t700.000.000\t81\t750.000.000\t82\t800.000.000");

        Assert.DoesNotContain(result.Budget, b => b.Pagu < 1000 || b.Name == "Program/Kegiatan");
        Assert.Contains(result.Indicators, v => v.Indicator == "Indeks Kepuasan Masyarakat" && v.Value == 81m);
    }

    [Fact]
    public void In_a_headerless_list_a_target_before_the_money_is_no_pagu()
    {
        var result = Report.Extract(
            "Program dan anggaran yang mendukung sasaran tersebut adalah sebagai berikut:",
            "1\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t100\tRp.\t750.000.000",
            "2\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t95\tRp.\t2.100.000.000");

        Assert.Equal([750_000_000m, 2_100_000_000m], result.Budget.Select(b => b.Pagu!.Value));
    }

    [Fact]
    public void A_belanja_kode_rekening_sums_into_the_shorter_code_above_it()
    {
        var result = Report.Extract(
            "Tabel 3.19",
            "Realisasi Belanja per Kode Rekening Tahun 2023",
            "Kode Rekening\tUraian\tAnggaran (Rp)\tRealisasi (Rp)\t%",
            "5.1\tBELANJA OPERASI\t1.815.000.000\t1.764.500.000\t97,22",
            "5.1.01\tBelanja Pegawai\t1.800.000.000\t1.750.000.000\t97,22",
            "5.1.01.01.01.0001\tBelanja Gaji Pokok PNS\t1.200.000.000\t1.190.000.000\t99,17",
            "5.1.01.01.01.0002\tBelanja Tunjangan Keluarga PNS\t600.000.000\t560.000.000\t93,33",
            "5.1.02\tBelanja Barang dan Jasa\t15.000.000\t14.500.000\t96,67");

        var pegawai = result.Budget.Single(b => b.Name == "Belanja Pegawai");
        Assert.All(result.Budget.Where(b => b.Name.StartsWith("Belanja Gaji", StringComparison.Ordinal) || b.Name.StartsWith("Belanja Tunjangan", StringComparison.Ordinal)),
            b => Assert.Equal(pegawai.Source.Line, b.ParentLine));
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.SumMismatch);
    }

    [Theory]
    [InlineData("Kode\tProgram\tAPBD Murni (Rp)\tAPBD Perubahan (Rp)\tBertambah/(Berkurang) (Rp)")]
    [InlineData("Kode\tProgram\tAPBD (Rp)\tAPBD-P (Rp)\tSelisih (Rp)")]
    public void A_header_of_kode_program_and_the_apbd_before_and_after_its_change_with_no_no_column_is_a_header(string header)
    {
        var result = Report.Extract(
            "Tabel 2.5",
            "Alokasi Anggaran per Program Tahun 2023",
            string.Empty,
            header,
            "5.03.01\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t7.482.340.000\t7.616.562.200\t134.222.200",
            "5.03.02\tProgram Kepegawaian Daerah\t1.095.600.000\t1.182.730.000\t87.130.000");

        Assert.Equal(
            [("5.03.01", BudgetStage.Murni, 7_482_340_000m), ("5.03.01", BudgetStage.Perubahan, 7_616_562_200m), ("5.03.02", BudgetStage.Murni, 1_095_600_000m), ("5.03.02", BudgetStage.Perubahan, 1_182_730_000m)],
            result.Budget.Select(b => (b.Code, b.Stage, b.Pagu!.Value)));
    }
}
