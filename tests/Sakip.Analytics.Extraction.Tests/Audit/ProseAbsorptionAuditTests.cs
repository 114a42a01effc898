using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

public class ProseAbsorptionAuditTests
{
    [Fact]
    public void A_program_sentence_printing_its_percentage_before_the_pagu_is_one_budget_line_and_its_wrong_percentage_is_found()
    {
        var result = Report.Extract(
            "Realisasi Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat sebesar Rp 16.200.000.000 atau 92,00% dari pagu Rp 18.000.000.000.");

        var line = Assert.Single(result.Budget);
        Assert.Equal(18_000_000_000m, line.Pagu);
        Assert.Equal(16_200_000_000m, line.Realisasi);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(FindingKind.CapaianMiscomputed, finding.Kind);
        Assert.Equal(92.00m, finding.Reported.Value);
        Assert.Equal(90.00m, finding.Expected.Value);
    }
}
