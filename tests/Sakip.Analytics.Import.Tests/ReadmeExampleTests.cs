using Sakip.Analytics.Import.Tests.Support;

namespace Sakip.Analytics.Import.Tests;

/// <summary>The printed forms the README names: the text is kept, the number and grade are parsed next to it.</summary>
public sealed class ReadmeExampleTests
{
    [Theory]
    [InlineData("\"86,98\"", "86,98", "86.98", null)]
    [InlineData("\"94,71%\"", "94,71%", "94.71", null)]
    [InlineData("\"1.234.567,89\"", "1.234.567,89", "1234567.89", null)]
    [InlineData("\"1,396,524,280.00\"", "1,396,524,280.00", "1396524280.00", null)]
    [InlineData("\"BB (75,00)\"", "BB (75,00)", "75.00", "BB")]
    [InlineData("B (80%)", "B (80%)", "80", "B")]
    [InlineData("B", "B", null, "B")]
    public void Indicator_value_keeps_its_printed_text(string cell, string text, string? number, string? grade)
    {
        using var temp = SmallBatch.WithTenantAndUnit();
        temp.Write("indicators.csv", $"{Templates.IndicatorsHeader}\n{SmallBatch.IndicatorRow(cell)}\n");

        var fact = Assert.Single(TemplateReader.Read(temp.Path).AssertSucceeded().Indicators);

        Assert.Equal((text, number is null ? null : decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), grade), (fact.Text, fact.Value, fact.Grade));
    }

    [Theory]
    [InlineData("\"1,396,524,280.00\"", "1396524280.00")]
    [InlineData("\"1.234.567,89\"", "1234567.89")]
    [InlineData("Rp 1.500", "1500")]
    [InlineData("\"0,5\"", "0.5")]
    public void Budget_amount_reads_either_number_convention(string cell, string expected)
    {
        using var temp = SmallBatch.WithTenantAndUnit();
        temp.Write("budget.csv", $"{Templates.BudgetHeader}\n{SmallBatch.BudgetRow(cell)}\n");

        var line = Assert.Single(TemplateReader.Read(temp.Path).AssertSucceeded().Budget);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), line.Pagu);
    }

    [Fact]
    public void Akip_total_printed_with_its_grade_gives_total_and_predikat()
    {
        using var temp = SmallBatch.WithTenantAndUnit();
        temp.Write("akip.csv", $"{Templates.AkipHeader}\n{SmallBatch.AkipRow("\"BB (75,00)\"")}\n");

        var evaluation = Assert.Single(TemplateReader.Read(temp.Path).AssertSucceeded().Akip);

        Assert.Equal((75.00m, "BB"), (evaluation.Total, evaluation.Predikat));
    }

    [Fact]
    public void Akip_total_grade_agreeing_with_the_predikat_column_is_accepted()
    {
        using var temp = SmallBatch.WithTenantAndUnit();
        temp.Write("akip.csv", $"{Templates.AkipHeader}\n{SmallBatch.AkipRow("\"BB (75,00)\"", "BB")}\n");

        Assert.True(TemplateReader.Read(temp.Path).Succeeded);
    }

    [Fact]
    public void Akip_total_grade_disagreeing_with_the_predikat_column_is_an_error()
    {
        using var temp = SmallBatch.WithTenantAndUnit();
        temp.Write("akip.csv", $"{Templates.AkipHeader}\n{SmallBatch.AkipRow("\"BB (75,00)\"", "A")}\n");

        var error = Assert.Single(TemplateReader.Read(temp.Path).Errors);

        Assert.Equal(new Domain.Facts.ImportError("akip.csv", 2, "predikat", "predikat 'A' berbeda dengan predikat 'BB' di kolom total"), error);
    }

    [Fact]
    public void A_grade_alone_is_not_a_budget_amount()
    {
        using var temp = SmallBatch.WithTenantAndUnit();
        temp.Write("budget.csv", $"{Templates.BudgetHeader}\n{SmallBatch.BudgetRow("B")}\n");

        var error = Assert.Single(TemplateReader.Read(temp.Path).Errors);

        Assert.Equal(("pagu", "nilai 'B' bukan angka"), (error.Column, error.Reason));
    }
}
