using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

/// <summary>One indicator worded with an abbreviation in one table and written out in another is still one indicator.</summary>
public class AbbreviatedNameAuditTests
{
    [Theory]
    [InlineData("Persentase kejadian kebakaran yang tertangani sesuai SPM", "Persentase kejadian kebakaran yang tertangani sesuai Standar Pelayanan Minimal")]
    [InlineData("Jumlah kasus pelanggaran Perda yang ditindaklanjuti", "Jumlah kasus pelanggaran Peraturan Daerah yang ditindaklanjuti")]
    [InlineData("Persentase penanganan gangguan trantibum", "Persentase penanganan gangguan ketentraman dan ketertiban umum")]
    public void A_figure_that_disagrees_between_the_two_wordings_is_found(string shortName, string longName)
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            $"1\t{longName}\t%\t90\t92,5\t102,78",
            string.Empty,
            "Tabel 3.2",
            "Realisasi Kinerja Tahun 2022 dan 2023",
            "No\tIndikator Kinerja\tRealisasi 2022\tRealisasi 2023",
            $"1\t{shortName}\t88\t95,2");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.TableVsTable);
        Assert.Equal([Report.Line(4), Report.Line(9)], finding.Lines.Order());
    }
}
