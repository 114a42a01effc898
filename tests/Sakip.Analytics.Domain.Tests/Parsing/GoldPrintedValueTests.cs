using System.Text.Json;
using Sakip.Analytics.Domain.Parsing;

namespace Sakip.Analytics.Domain.Tests.Parsing;

/// <summary>Every indicator value printed in the seed reports parses to the number and grade recorded by hand.</summary>
public class GoldPrintedValueTests
{
    // Printed with a unit or as a range: the importer takes the unit into satuan, so these are not values.
    private static readonly HashSet<string> NotValues = ["742 Orang", "742 org", "60 Orang", "95 org", "13.000 Berkas", "12.000 Berkas"];

    public static TheoryData<string, string, string?> GoldValues()
    {
        var data = new TheoryData<string, string, string?>();
        var seen = new HashSet<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Gold"), "*.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var indicator in document.RootElement.GetProperty("indicators").EnumerateArray())
            {
                foreach (var value in indicator.GetProperty("values").EnumerateArray())
                {
                    var text = value.GetProperty("text").GetString()!;
                    var number = value.GetProperty("value");
                    var expected = number.ValueKind == JsonValueKind.Number ? number.GetRawText() : string.Empty;
                    var grade = value.TryGetProperty("grade", out var g) && g.ValueKind == JsonValueKind.String ? g.GetString() : null;
                    if (!NotValues.Contains(text) && seen.Add($"{text}|{expected}|{grade}"))
                    {
                        data.Add(text, expected, grade);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoldValues))]
    public void Printed_indicator_value_parses_to_the_gold_figure(string text, string expectedNumber, string? expectedGrade)
    {
        var value = PrintedValues.Parse(text);

        Assert.Equal(expectedNumber.Length == 0 ? null : decimal.Parse(expectedNumber, System.Globalization.CultureInfo.InvariantCulture), value.Number);
        if (value.Grade is not null)
        {
            // Gold may take the grade from a neighbouring cell, so only a printed grade must agree.
            Assert.Equal(expectedGrade, value.Grade);
        }
    }

    [Theory]
    [InlineData("13.000 Berkas")]
    [InlineData("742 Orang")]
    public void Value_with_its_unit_is_rejected_so_the_unit_goes_to_satuan(string text)
    {
        Assert.False(PrintedValues.TryParse(text, out _, out _));
    }
}
