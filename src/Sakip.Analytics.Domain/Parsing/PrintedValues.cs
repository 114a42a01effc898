using System.Text.RegularExpressions;

namespace Sakip.Analytics.Domain.Parsing;

/// <summary>
/// Parses figures exactly as the reports print them, keeping full precision (nothing is rounded).
/// </summary>
/// <remarks>
/// <para>Accepted shapes: a number ("86,98", "1.234.567,89", "1,396,524,280.00", "-5,2"), optionally
/// prefixed by "Rp" and/or followed by "%"; a grade alone ("B"); a grade with its score
/// ("BB (75,00)", "B(72,1%)", "BB dengan nilai (75,00)", "BB atau (75,00)") or a score with its
/// grade ("75,00 (BB)"). Grades are AA, A, BB, B, CC, C, D (AKIP predikat; A-D also covers IKM mutu).
/// Whitespace, including non-breaking spaces, is tolerated around every part.</para>
/// <para>Both conventions occur, sometimes in the same report, so the separators decide:</para>
/// <list type="bullet">
/// <item>both '.' and ',' present: the last one is the decimal separator, the other separates
/// thousands and must group digits by 3 ("1.234,5" and "1,234.5" are both 1234.5);</item>
/// <item>only commas: several are thousands (English "1,396,524"); a single one is the decimal
/// separator (Indonesian "86,98"; so "1,500" is 1.5);</item>
/// <item>only dots: several are thousands (Indonesian "1.234.567"); a single dot followed by exactly
/// three digits, with no "%" and a non-zero integer part, is thousands (Indonesian "1.500" is 1500);
/// any other single dot is decimal (English "86.98", "100.27%", "0.500").</item>
/// </list>
/// </remarks>
public static partial class PrintedValues
{
    private const string Grades = "AA|A|BB|B|CC|C|D";

    public static bool TryParse(string? text, out PrintedValue value, out string? error)
    {
        value = default;
        var original = text ?? string.Empty;
        var normalized = Normalize(original);
        if (normalized.Length == 0)
        {
            error = "the value is empty";
            return false;
        }

        if (GradeAlone().Match(normalized) is { Success: true } alone)
        {
            value = new PrintedValue(null, alone.Groups["grade"].Value.ToUpperInvariant(), false, original);
            error = null;
            return true;
        }

        var withGrade = GradeThenScore().Match(normalized);
        if (!withGrade.Success)
        {
            withGrade = ScoreThenGrade().Match(normalized);
        }

        var numberText = withGrade.Success ? withGrade.Groups["score"].Value : normalized;
        if (!TryParseNumberCore(numberText, out var number, out var isPercent, out var reason))
        {
            error = $"'{original.Trim()}' is not a printed number or grade: {reason}";
            return false;
        }

        var grade = withGrade.Success ? withGrade.Groups["grade"].Value.ToUpperInvariant() : null;
        value = new PrintedValue(number, grade, isPercent, original);
        error = null;
        return true;
    }

    public static PrintedValue Parse(string text) =>
        TryParse(text, out var value, out var error) ? value : throw new FormatException(error);

    /// <summary>A plain number: optional sign, "Rp" prefix and "%" suffix, either separator convention.</summary>
    public static bool TryParseNumber(string? text, out decimal number) =>
        TryParseNumberCore(Normalize(text ?? string.Empty), out number, out _, out _);

    private static bool TryParseNumberCore(string text, out decimal number, out bool isPercent, out string? error)
    {
        number = 0;
        var rest = text.Trim();
        isPercent = rest.EndsWith('%');
        if (isPercent)
        {
            rest = rest[..^1].TrimEnd();
        }

        if (rest.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[2..].TrimStart('.').TrimStart();
        }

        var negative = rest.StartsWith('-') || rest.StartsWith('\u2212');
        if (negative || rest.StartsWith('+'))
        {
            rest = rest[1..].TrimStart();
        }

        if (rest.Length == 0)
        {
            error = "no digits";
            return false;
        }

        if (!PrintedNumbers.TryParseDigits(rest, isPercent, out number, out error))
        {
            return false;
        }

        number = negative ? -number : number;
        return true;
    }

    // Reports paste from PDFs and spreadsheets: non-breaking and thin spaces stand for spaces.
    private static string Normalize(string text) =>
        MultipleSpaces().Replace(text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\u2007', ' ').Replace('\t', ' '), " ").Trim();

    [GeneratedRegex($"^(?<grade>{Grades})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GradeAlone();

    [GeneratedRegex($@"^(?<grade>{Grades})\s*(?:dengan nilai|atau)?\s*\(\s*(?<score>[^()]+?)\s*\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GradeThenScore();

    [GeneratedRegex($@"^(?<score>[^()]+?)\s*\(\s*(?<grade>{Grades})\s*\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScoreThenGrade();

    [GeneratedRegex(@"\s+")]
    private static partial Regex MultipleSpaces();
}
