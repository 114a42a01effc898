using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

public class WholeBudgetAuditTests
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
    public void A_realisasi_of_the_whole_budget_stated_in_the_prose_is_checked_against_the_table_total_of_the_same_pagu()
    {
        var result = Report.Extract([.. BudgetTable, "Realisasi anggaran tahun 2023 sebesar Rp 9.612.300.000 atau 96,12% dari pagu Rp 10.000.000.000."]);

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.TableVsText);
        Assert.Equal(9612300000m, finding.Reported.Value);
        Assert.Equal(9512300000m, finding.Expected.Value);
        Assert.Equal([Report.Line(6), Report.Line(8)], finding.Lines);
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
    }

    [Theory]
    [InlineData("Penyerapan anggaran tahun 2023 mencapai 96,12% dari total anggaran.", true)]
    [InlineData("Penyerapan anggaran tahun 2023 mencapai 95,12% dari total anggaran.", false)]
    [InlineData("Penyerapan anggaran tahun 2022 mencapai 96,12% dari total anggaran.", false)]
    public void A_penyerapan_stated_with_no_amount_is_held_to_the_years_table_total(string sentence, bool found)
    {
        var result = Report.Extract([.. BudgetTable, sentence]);

        var findings = result.Findings.Where(f => f.Kind == FindingKind.TableVsText).ToList();
        Assert.Equal(found ? [(96.12m, 95.12m)] : [], findings.Select(f => (f.Reported.Value, f.Expected.Value)));
        Assert.Equal(found ? [Report.Line(6), Report.Line(8)] : [], findings.SelectMany(f => f.Lines));
    }

    [Fact]
    public void A_penyerapan_stated_beside_the_tables_realisasi_is_checked_against_the_tables_percentage()
    {
        var result = Report.Extract([.. BudgetTable, "Realisasi anggaran Dinas tahun 2023 sebesar Rp 9.512.300.000 atau 96,12% dari pagu."]);

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.TableVsText);
        Assert.Equal(96.12m, finding.Reported.Value);
        Assert.Equal(95.12m, finding.Expected.Value);
    }

    [Fact]
    public void A_misprinted_pagu_beside_the_tables_percentage_leaves_the_percentage_alone()
    {
        var result = Report.Extract([.. BudgetTable, "Kinerja tersebut didukung anggaran belanja sebesar Rp 10.100.000.000 dengan realisasi sebesar Rp 9.512.300.000 atau 95,12%."]);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(FindingKind.TableVsText, finding.Kind);
        Assert.Equal(10100000000m, finding.Reported.Value);
    }

    [Fact]
    public void Last_years_whole_budget_in_the_prose_is_not_checked_against_this_years()
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
