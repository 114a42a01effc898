using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

/// <summary>A sasaran's capaian is the mean of its indicators' capaian; the IKU average the mean of all of them.</summary>
public class AverageCapaianAuditTests
{
    private static ExtractionResult Measurement(string sasaranCapaian, string ikuAverage) => Report.Extract(
        "Tabel 3.2",
        "Capaian Indikator Kinerja Utama Tahun 2023",
        string.Empty,
        "No\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\tCapaian Sasaran (%)",
        "1\tMeningkatnya Kualitas Perencanaan\tPersentase Dokumen Perencanaan Tepat Waktu\t100\t100\t100,00\t" + sasaranCapaian,
        "\t\tNilai SAKIP Perangkat Daerah\t70\t66,5\t95,00\t",
        "2\tMeningkatnya Kualitas Pelayanan Publik\tIndeks Kepuasan Masyarakat\t80\t84\t105,00\t105,00",
        "\t\tRata-rata Capaian IKU\t\t\t" + ikuAverage + "\t");

    [Fact]
    public void Printed_averages_that_are_the_means_of_the_indicators_capaian_are_not_findings()
    {
        var result = Measurement("97,50", "100,00");

        Assert.Equal(3, result.AverageCapaian.Count);
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
    }

    [Fact]
    public void A_sasaran_capaian_or_iku_average_that_is_not_the_mean_is_a_miscomputed_capaian()
    {
        var result = Measurement("98,50", "101,00");

        var findings = result.Findings.Where(f => f.Kind == FindingKind.CapaianMiscomputed).ToList();
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Reported.Value == 98.50m && f.Expected.Value == 97.50m && f.Lines.SequenceEqual([Report.Line(5), Report.Line(6)]));
        Assert.Contains(findings, f => f.Reported.Value == 101.00m && f.Expected.Value == 100.00m);
    }
}
