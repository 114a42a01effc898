using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Budget tables whose levels show only in the row numbers: "1", "1.1", "1.1.1".</summary>
public class BudgetNumberingTests
{
    [Fact]
    public void Each_further_part_of_the_row_number_is_a_level_further_down()
    {
        var result = Report.Extract(
            "Tabel 3.13",
            "Realisasi Anggaran Per Sub Kegiatan Tahun 2023",
            "No\tProgram/Kegiatan/Sub Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%",
            "1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t2.100.000.000\t2.000.000.000\t95,24",
            "1.1\tAdministrasi Keuangan Perangkat Daerah\t2.000.000.000\t1.905.000.000\t95,25",
            "1.1.1\tPenyediaan Gaji dan Tunjangan ASN\t1.900.000.000\t1.810.000.000\t95,26",
            "1.1.2\tPelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD\t100.000.000\t95.000.000\t95,00",
            "1.2\tPerencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah\t100.000.000\t95.000.000\t95,00",
            "1.2.1\tPenyusunan Dokumen Perencanaan Perangkat Daerah\t100.000.000\t95.000.000\t95,00",
            "\tTOTAL\t2.100.000.000\t2.000.000.000\t95,24");

        Assert.Equal(
            [BudgetLevel.Program, BudgetLevel.Kegiatan, BudgetLevel.SubKegiatan, BudgetLevel.SubKegiatan, BudgetLevel.Kegiatan, BudgetLevel.SubKegiatan, BudgetLevel.Total],
            result.Budget.Select(b => b.Level));
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.SumMismatch);
    }
    [Fact]
    public void A_numbered_amount_list_without_header_whose_names_wrap_onto_lines_of_their_own_is_read_with_whole_names()
    {
        var result = Report.Extract(
            "PERJANJIAN KINERJA TAHUN 2022",
            string.Empty,
            "1\tProgram Penyelenggaraan Pemerintahan\tRp.\t35.429.500",
            "\tdan Pelayanan Publik\t\t",
            "1.1\tKoordinasi Penyelenggaraan\tRp.\t5.546.900",
            "\tKegiatan Pemerintahan di Tingkat Kecamatan\t\t",
            "1.2\tPelaksanaan Urusan\tRp.\t29.882.600",
            "\tPemerintahan yang Dilimpahkan\t\t",
            "2\tProgram Pemberdayaan\tRp.\t1.205.866.000",
            "\tMasyarakat Desa dan Kelurahan\t\t",
            "2.1\tPemberdayaan Kelurahan\tRp.\t1.205.866.000",
            "3\tProgram Koordinasi\tRp.\t0",
            "\tKetentraman dan Ketertiban Umum\t\t",
            "3.1\tKoordinasi Upaya Penyelenggaraan\tRp.\t0",
            "\tKetentraman dan Ketertiban Umum\t\t",
            "\tJUMLAH\tRp.\t1.241.295.500");

        Assert.Equal(
            [
                ("Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 35_429_500m),
                ("Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", 5_546_900m),
                ("Pelaksanaan Urusan Pemerintahan yang Dilimpahkan", 29_882_600m),
                ("Program Pemberdayaan Masyarakat Desa dan Kelurahan", 1_205_866_000m),
                ("Pemberdayaan Kelurahan", 1_205_866_000m),
                ("Program Koordinasi Ketentraman dan Ketertiban Umum", 0m),
                ("Koordinasi Upaya Penyelenggaraan Ketentraman dan Ketertiban Umum", 0m),
                ("JUMLAH", 1_241_295_500m),
            ],
            result.Budget.Select(b => (b.Name, b.Pagu!.Value)));
        Assert.Equal(Report.Line(5), result.Budget[1].Source.Line);
    }
}
