using Sakip.Analytics.Domain.Parsing;

namespace Sakip.Analytics.Domain.Tests.Parsing;

public class GarbageRejectionTests
{
    [Theory]
    [InlineData("12a", "unexpected character 'a'")]
    [InlineData("1..2", "two separators in a row")]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData(null, "empty")]
    [InlineData("1.23.4", "groups of 3")]
    [InlineData("1,23,456", "groups of 3")]
    [InlineData("1.234,5.6", "more than one decimal separator")]
    [InlineData("1,234.567,8", "more than one decimal separator")]
    [InlineData(".5", "start and end with a digit")]
    [InlineData("5,", "start and end with a digit")]
    [InlineData("%", "no digits")]
    [InlineData("Rp", "no digits")]
    [InlineData("742 Orang", "unexpected text 'Orang' after the number")]
    [InlineData("E (50)", "unexpected character 'E'")]
    [InlineData("91% ≤ 100%", "unexpected character '%'")]
    public void Garbage_is_rejected_with_a_reason(string? text, string reasonFragment)
    {
        Assert.False(PrintedValues.TryParse(text, out _, out var error));
        Assert.NotNull(error);
        Assert.Contains(reasonFragment, error, StringComparison.Ordinal);
        Assert.False(PrintedValues.TryParseNumber(text, out _));
    }

    [Fact]
    public void Parse_throws_FormatException_naming_the_text()
    {
        var exception = Assert.Throws<FormatException>(() => PrintedValues.Parse("12a"));

        Assert.Contains("'12a'", exception.Message, StringComparison.Ordinal);
    }
}
