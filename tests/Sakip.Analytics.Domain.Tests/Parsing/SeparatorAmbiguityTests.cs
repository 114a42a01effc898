using Sakip.Analytics.Domain.Parsing;

namespace Sakip.Analytics.Domain.Tests.Parsing;

public class SeparatorAmbiguityTests
{
    [Theory]
    [InlineData("1.500", "1500")]
    [InlineData("13.000", "13000")]
    [InlineData("-1.500", "-1500")]
    [InlineData("1.234.567", "1234567")]
    public void Dots_grouping_three_digits_are_Indonesian_thousands(string text, string expected) =>
        AssertNumber(text, expected);

    [Theory]
    [InlineData("86.98", "86.98")]
    [InlineData("19.91", "19.91")]
    [InlineData("1.5", "1.5")]
    [InlineData("1.5000", "1.5000")]
    [InlineData("0.500", "0.500")]
    public void Single_dot_not_followed_by_exactly_three_digits_is_English_decimal(string text, string expected) =>
        AssertNumber(text, expected);

    [Fact]
    public void Single_dot_with_three_digits_and_percent_is_decimal()
    {
        Assert.Equal(1.500m, PrintedValues.Parse("1.500%").Number);
    }

    [Theory]
    [InlineData("1,500", "1.500")]
    [InlineData("86,98", "86.98")]
    public void Single_comma_is_Indonesian_decimal(string text, string expected) =>
        AssertNumber(text, expected);

    [Theory]
    [InlineData("1,396,524", "1396524")]
    [InlineData("1,000,000", "1000000")]
    public void Several_commas_are_English_thousands(string text, string expected) =>
        AssertNumber(text, expected);

    [Theory]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("1,234.5", "1234.5")]
    [InlineData("12.345.678,901", "12345678.901")]
    public void With_both_separators_the_last_one_is_decimal(string text, string expected) =>
        AssertNumber(text, expected);

    [Fact]
    public void TryParseNumber_accepts_plain_numbers_with_percent_and_Rp()
    {
        Assert.True(PrintedValues.TryParseNumber("Rp 1.234.567", out var rupiah));
        Assert.Equal(1234567m, rupiah);
        Assert.True(PrintedValues.TryParseNumber("94,71 %", out var percent));
        Assert.Equal(94.71m, percent);
        Assert.True(PrintedValues.TryParseNumber("1,396,524,280.00", out var english));
        Assert.Equal(1396524280.00m, english);
    }

    [Fact]
    public void TryParseNumber_rejects_grades()
    {
        Assert.False(PrintedValues.TryParseNumber("BB (75,00)", out _));
        Assert.False(PrintedValues.TryParseNumber("B", out _));
    }

    private static void AssertNumber(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PrintedValues.Parse(text).Number);
}
