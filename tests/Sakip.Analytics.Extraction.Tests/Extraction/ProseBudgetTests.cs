using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Budget figures stated in sentences: amounts with their percentage, and percentages alone.</summary>
public class ProseBudgetTests
{
    [Fact]
    public void The_units_belanja_with_its_percentage_of_the_pagu_named_after_it_is_one_line_and_its_percentage_is_checked()
    {
        var result = Report.Extract(
            "Secara keseluruhan realisasi belanja Kecamatan Teluk Indah mencapai Rp 5.480.467.006,- atau 96,68% dari pagu anggaran setelah perubahan sebesar Rp 5.658.112.400,-.");

        var line = Assert.Single(result.Budget);
        Assert.Equal((5_658_112_400m, 5_480_467_006m, 96.68m), (line.Pagu!.Value, line.Realisasi!.Value, line.ReportedPercent!.Value));
        Assert.Equal(BudgetLevel.Total, line.Level);
        Assert.Contains(result.Findings, f => f.Lines.Contains(Report.Line(1)) && f.Description.Contains("96,86", StringComparison.Ordinal));
    }
}
