using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

public class CapaianTargetChoiceAuditTests
{
    [Fact]
    public void A_capaian_measured_against_the_pk_target_of_a_row_that_also_prints_the_revised_target_is_not_miscomputed()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Kinerja Tahun 2023",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget Perubahan\tTarget Awal\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya pendapatan asli daerah\tPersentase peningkatan PAD\t%\t8\t10\t9,5\t95,00",
            "2\tMeningkatnya kualitas pelayanan\tIndeks Kepuasan Masyarakat\tIndeks\t82\t80\t84\t105,00",
            "3\tMeningkatnya akuntabilitas\tNilai AKIP\tNilai\t70\t70\t72,5\t130,00");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
        Assert.Equal(Report.Line(6), finding.Reported.Location.Line);
        Assert.Equal(103.57m, finding.Expected.Value);
    }

    [Fact]
    public void A_lower_is_better_capaian_shows_its_figures_in_the_formulas_order()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMenurunnya pencemaran lingkungan\tJumlah pengaduan kasus pencemaran lingkungan\tKasus\t12\t8\t66,67");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
        Assert.Contains("target / realisasi = 12 / 8", finding.Description, StringComparison.Ordinal);
    }
}
