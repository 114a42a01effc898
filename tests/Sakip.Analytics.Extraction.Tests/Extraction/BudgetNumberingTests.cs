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
}
