using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Documents;

public class WorkbookReportTests
{
    [Fact]
    public void A_budget_workbook_is_read_from_the_header_row_it_finds_with_its_kode_hierarchy()
    {
        using var folder = new TempFolder();
        var path = folder.File("realisasi-2023.xlsx");
        XlsxBuilder.Save(path, "Realisasi 2023",
        [
            ["PEMERINTAH KABUPATEN CONTOH RAYA"],
            ["LAPORAN REALISASI ANGGARAN KECAMATAN TELUK INDAH TAHUN 2023"],
            [],
            ["Kode Rekening", "Uraian", "Anggaran", "Realisasi", "%"],
            ["7.01.01.2.01", "Perencanaan Perangkat Daerah", 4_000_000m, 3_500_000m, 87.5m],
            ["7.01.01.2.01.01", "Penyusunan Dokumen Perencanaan", 2_000_000m, 2_000_000m, 100m],
            ["7.01.01.2.01.02", "Koordinasi Penyusunan Laporan", 2_000_000m, 1_500_000m, 75m],
            ["7.01.01.2.02", "Administrasi Keuangan", 1_000_000.5m, 900_000.25m, 90m],
            ["7.01.01.2.02.01", "Penyediaan Gaji", 1_000_000.5m, 900_000.25m, 90m],
            [null, "JUMLAH", 5_000_000.5m, 4_400_000.25m, 88.5m],
        ]);

        var result = new ReportExtractor().Extract(path);

        Assert.Equal(6, result.Budget.Count);
        Assert.All(result.Budget, b => Assert.Equal("Realisasi 2023", b.Source.Table));
        var kegiatan = result.Budget.Single(b => b.Code == "7.01.01.2.01");
        Assert.Equal((BudgetLevel.Kegiatan, 5), (kegiatan.Level, kegiatan.Source.Line));
        Assert.Equal(5, result.Budget.Single(b => b.Code == "7.01.01.2.01.02").ParentLine);
        Assert.Equal(1_000_000.5m, result.Budget.Single(b => b.Code == "7.01.01.2.02").Pagu);
        var total = result.Budget.Single(b => b.Level == BudgetLevel.Total);
        Assert.Equal(10, total.Source.Line);
        // 4.400.000,25 / 5.000.000,5 is 88,00%: the printed 88,5 is the only finding.
        var finding = Assert.Single(result.Findings);
        Assert.Equal((FindingKind.CapaianMiscomputed, 10), (finding.Kind, finding.Reported.Location.Line));
    }
}
