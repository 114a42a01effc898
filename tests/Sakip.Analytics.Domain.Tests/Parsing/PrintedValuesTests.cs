using Sakip.Analytics.Domain.Parsing;

namespace Sakip.Analytics.Domain.Tests.Parsing;

public class PrintedValuesTests
{
    [Theory]
    [InlineData("86,98", "86.98")]
    [InlineData("1.234.567,89", "1234567.89")]
    [InlineData("1,396,524,280.00", "1396524280.00")]
    [InlineData("80,503906", "80.503906")]
    [InlineData("3,220156", "3.220156")]
    [InlineData("Rp 1.234.567", "1234567")]
    [InlineData("Rp. 1.234.567,50", "1234567.50")]
    [InlineData("-5,2", "-5.2")]
    [InlineData("0", "0")]
    [InlineData("100", "100")]
    [InlineData("99.55", "99.55")]
    [InlineData("70,5", "70.5")]
    public void Plain_numbers_parse_in_either_convention_with_full_precision(string text, string expected)
    {
        var value = PrintedValues.Parse(text);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value.Number);
        Assert.Null(value.Grade);
        Assert.False(value.IsPercent);
        Assert.Equal(text, value.Text);
    }

    [Fact]
    public void Trailing_zeros_printed_in_the_report_are_kept()
    {
        Assert.Equal("85.00", PrintedValues.Parse("85,00").Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("94,71%", "94.71")]
    [InlineData("94,71 %", "94.71")]
    [InlineData("100.27%", "100.27")]
    [InlineData("86.98 %", "86.98")]
    [InlineData("112,25%", "112.25")]
    [InlineData("100 %", "100")]
    [InlineData("94,71\u00A0%", "94.71")]
    public void Percentages_are_flagged_and_keep_their_number(string text, string expected)
    {
        var value = PrintedValues.Parse(text);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value.Number);
        Assert.True(value.IsPercent);
        Assert.Null(value.Grade);
    }

    [Theory]
    [InlineData("BB (75,00)", "BB", "75.00", false)]
    [InlineData("BB (70,15)", "BB", "70.15", false)]
    [InlineData("B (80%)", "B", "80", true)]
    [InlineData("B(80%)", "B", "80", true)]
    [InlineData("B(72,1%)", "B", "72.1", true)]
    [InlineData("B (72.1%)", "B", "72.1", true)]
    [InlineData("75,00 (BB)", "BB", "75.00", false)]
    [InlineData("70,15 (BB)", "BB", "70.15", false)]
    [InlineData("BB dengan nilai (78,01)", "BB", "78.01", false)]
    [InlineData("BB atau (75,00)", "BB", "75.00", false)]
    [InlineData("AA (90,01)", "AA", "90.01", false)]
    [InlineData("\u00A0CC ( 55,5 )\u00A0", "CC", "55.5", false)]
    public void Grade_with_score_yields_both(string text, string grade, string number, bool isPercent)
    {
        var value = PrintedValues.Parse(text);

        Assert.Equal(grade, value.Grade);
        Assert.Equal(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), value.Number);
        Assert.Equal(isPercent, value.IsPercent);
    }

    [Theory]
    [InlineData("B")]
    [InlineData("AA")]
    [InlineData("D")]
    [InlineData(" CC ")]
    public void Bare_grade_has_no_number(string text)
    {
        var value = PrintedValues.Parse(text);

        Assert.Null(value.Number);
        Assert.Equal(text.Trim(), value.Grade);
    }
}
