using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

/// <summary>The capaian printed against the end-of-Renstra target, recomputed from the row's realization and last target.</summary>
public class RenstraCapaianAuditTests
{
    [Fact]
    public void A_capaian_against_the_end_target_that_does_not_follow_from_its_row_is_miscomputed()
    {
        var result = Report.Extract(
            "Tabel 3.4",
            "Perbandingan Realisasi Kinerja Tahun 2023 dengan Target Akhir Renstra 2021-2026",
            string.Empty,
            "No\tIndikator Kinerja\tSatuan\tTarget Akhir Renstra (2026)\tRealisasi 2023\tTingkat Capaian terhadap Target Akhir (%)",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t86,50\t85,14\t98,34",
            "2\tPersentase layanan PATEN yang diselesaikan tepat waktu\t%\t98,00\t96,40\t98,37");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
        Assert.Equal([Report.Line(5)], finding.Lines);
        Assert.Contains("98,34", finding.Description, StringComparison.Ordinal);
        Assert.Contains("98,43", finding.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cumulative_capaian_over_the_period_so_far_is_not_taken_for_one_against_the_end_target()
    {
        var result = Report.Extract(
            "TABEL III.2",
            "TABEL PENGUKURAN KINERJA",
            string.Empty,
            "NO\tINDIKATOR\tTARGET TAHUNAN (%)\tREALISASI TAHUN 2023 (%)\tTARGET AKHIR RENSTRA (2026)\tCAPAIAN S/D 2023 TERHADAP RENSTRA 2021-2026 (%)",
            "1.\tIndeks Kepuasan Masyarakat\t87\t86,98\t89\t19,77");

        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
    }
}
