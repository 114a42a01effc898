using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Budget comparison tables with a row per year: each row is the whole budget of its own year.</summary>
public class BudgetYearRowTests
{
    [Theory]
    [InlineData("2021", "2022", "2023")]
    [InlineData("Tahun 2021", "Tahun 2022", "Tahun 2023")]
    public void A_row_naming_a_year_is_that_years_whole_budget(string first, string second, string third)
    {
        var result = Report.Extract(
            "Tabel 3.8",
            "Perbandingan Anggaran dan Realisasi Tahun 2021 - 2023",
            "No\tTahun\tAnggaran (Rp)\tRealisasi (Rp)\t%",
            $"1\t{first}\t3.500.000.000\t3.300.000.000\t94,29",
            $"2\t{second}\t3.900.000.000\t3.700.000.000\t94,87",
            $"3\t{third}\t4.250.000.000\t4.037.500.000\t95,00",
            string.Empty,
            "Realisasi anggaran tahun 2023 sebesar Rp 4.037.500.000 dari pagu Rp 4.250.000.000 atau 95,00%.");

        var rows = result.Budget.Where(b => !b.Source.IsProse).ToList();
        Assert.Equal([2021, 2022, 2023], rows.Select(b => b.Year));
        Assert.All(rows, b => Assert.Equal(BudgetLevel.Total, b.Level));
        Assert.DoesNotContain(result.Findings, f => f.Kind is Model.FindingKind.TableVsText or Model.FindingKind.TableVsTable or Model.FindingKind.SumMismatch);
    }
}
