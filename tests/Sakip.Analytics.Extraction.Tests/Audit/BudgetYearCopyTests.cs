using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

/// <summary>A budget of an earlier year is no copy of this year's budget of the same name.</summary>
public class BudgetYearCopyTests
{
    private static readonly string[] BudgetTable =
    [
        "Tabel 3.7",
        "Realisasi Anggaran Tahun 2023",
        "No\tProgram\tPagu (Rp)\tRealisasi (Rp)\t%",
        "1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t6.000.000.000\t5.700.000.000\t95,00",
        "2\tProgram Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran\t4.000.000.000\t3.812.300.000\t95,31",
        "\tJUMLAH\t10.000.000.000\t9.512.300.000\t95,12",
        string.Empty,
    ];

    [Fact]
    public void Last_years_budget_in_the_prose_is_not_checked_against_this_years()
    {
        var result = Report.Extract([.. BudgetTable,
            "Realisasi anggaran tahun 2023 sebesar Rp 9.512.300.000 dari pagu Rp 10.000.000.000.",
            string.Empty,
            "Realisasi anggaran tahun 2022 sebesar Rp 8.900.000.000 dari pagu Rp 9.400.000.000."]);

        Assert.Contains(result.Budget, b => b.Year == 2022 && b.Realisasi == 8900000000m);
        Assert.DoesNotContain(result.Findings, f => f.Kind is FindingKind.TableVsText or FindingKind.TableVsTable);
    }

    [Fact]
    public void This_years_budget_printed_otherwise_in_two_sentences_is_a_finding()
    {
        var result = Report.Extract([.. BudgetTable,
            "Realisasi anggaran tahun 2023 sebesar Rp 9.512.300.000 dari pagu Rp 10.000.000.000.",
            string.Empty,
            "Dengan demikian realisasi anggaran tahun 2023 sebesar Rp 9.612.300.000 dari pagu Rp 10.000.000.000."]);

        Assert.Contains(result.Findings, f => f.Kind == FindingKind.TableVsText && f.Reported.Value == 9612300000m);
    }
}
