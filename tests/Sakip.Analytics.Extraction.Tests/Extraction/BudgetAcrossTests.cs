using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Budgets printed across: a column per line or per year, a row per amount ("Anggaran", "Realisasi", "Persentase").</summary>
public class BudgetAcrossTests
{
    [Fact]
    public void Each_column_is_a_budget_line_and_the_jumlah_column_is_checked_against_the_others()
    {
        var result = Report.Extract(
            "Tabel 3.11",
            "Realisasi Anggaran Menurut Jenis Belanja Tahun 2023",
            "No\tUraian\tBelanja Operasi\tBelanja Modal\tJumlah",
            "1\tAnggaran\t2.100.000.000\t200.000.000\t2.300.000.000",
            "2\tRealisasi\t2.000.000.000\t190.000.000\t2.200.000.000",
            "3\tPersentase\t95,24\t95,00\t95,65");

        Assert.Equal(
            [("Belanja Operasi", BudgetLevel.BelanjaGroup, 2_100_000_000m, 2_000_000_000m, 95.24m),
             ("Belanja Modal", BudgetLevel.BelanjaGroup, 200_000_000m, 190_000_000m, 95.00m),
             ("Jumlah", BudgetLevel.Total, 2_300_000_000m, 2_200_000_000m, 95.65m)],
            result.Budget.Select(b => (b.Name, b.Level, b.Pagu!.Value, b.Realisasi!.Value, b.ReportedPercent!.Value)));
        var finding = Assert.Single(result.Findings);
        Assert.Equal((FindingKind.SumMismatch, 2_200_000_000m, 2_190_000_000m), (finding.Kind, finding.Reported.Value, finding.Expected.Value));
    }

    [Fact]
    public void A_year_over_each_column_gives_the_whole_budget_of_that_year()
    {
        var result = Report.Extract(
            "Tabel 3.12",
            "Perbandingan Realisasi Anggaran Tahun 2022 dan 2023",
            "No\tUraian\t2022\t2023",
            "1\tAnggaran (Rp)\t2.100.000.000\t2.300.000.000",
            "2\tRealisasi (Rp)\t1.980.000.000\t2.190.000.000",
            "3\tPersentase (%)\t94,29\t95,22");

        Assert.Equal(
            [(2022, 2_100_000_000m, 1_980_000_000m), (2023, 2_300_000_000m, 2_190_000_000m)],
            result.Budget.Select(b => (b.Year, b.Pagu!.Value, b.Realisasi!.Value)));
        Assert.All(result.Budget, b => Assert.Equal(BudgetLevel.Total, b.Level));
        Assert.Empty(result.Findings);
    }
}
