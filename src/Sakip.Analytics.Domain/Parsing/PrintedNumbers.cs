namespace Sakip.Analytics.Domain.Parsing;

/// <summary>
/// Reads the digits of a printed number in either the Indonesian ("1.234.567,89") or the
/// English ("1,396,524,280.00") convention; reports mix both, sometimes in one document.
/// </summary>
internal static partial class PrintedNumbers
{
    /// <summary>Parses unsigned digits with separators; sign, "Rp" and "%" are stripped by the caller.</summary>
    /// <param name="wasPercent">A percentage is never in the thousands, so "1.500%" reads as 1.5.</param>
    public static bool TryParseDigits(string digits, bool wasPercent, out decimal number, out string? error)
    {
        number = 0;
        if (digits.Length == 0)
        {
            error = "no digits";
            return false;
        }

        var unexpected = digits.AsSpan().IndexOfAnyExcept("0123456789.,");
        if (unexpected >= 0)
        {
            // Name the trailing text: "742 Orang" is a value with its unit, and the unit belongs in satuan.
            var rest = digits[unexpected..].Trim();
            error = char.IsWhiteSpace(digits[unexpected])
                ? $"unexpected text '{rest}' after the number"
                : $"unexpected character '{digits[unexpected]}' in '{rest}'";
            return false;
        }

        if (!char.IsAsciiDigit(digits[0]) || !char.IsAsciiDigit(digits[^1]))
        {
            error = "a number must start and end with a digit";
            return false;
        }

        if (digits.Contains("..", StringComparison.Ordinal) || digits.Contains(",,", StringComparison.Ordinal)
            || digits.Contains(".,", StringComparison.Ordinal) || digits.Contains(",.", StringComparison.Ordinal))
        {
            error = "two separators in a row";
            return false;
        }

        var (thousands, decimalSeparator) = ChooseSeparators(digits, wasPercent);
        return TryCompose(digits, thousands, decimalSeparator, out number, out error);
    }

    private static (char? Thousands, char? Decimal) ChooseSeparators(string digits, bool wasPercent)
    {
        var dots = digits.Count(c => c == '.');
        var commas = digits.Count(c => c == ',');

        if (dots > 0 && commas > 0)
        {
            var last = digits[Math.Max(digits.LastIndexOf('.'), digits.LastIndexOf(','))];
            return (last == '.' ? ',' : '.', last);
        }

        if (commas > 1)
        {
            return (',', null);
        }

        if (commas == 1)
        {
            return (null, ',');
        }

        if (dots > 1)
        {
            return ('.', null);
        }

        if (dots == 1 && !wasPercent && LooksLikeIndonesianThousands(digits))
        {
            return ('.', null);
        }

        return (null, dots == 1 ? '.' : null);
    }

    // "1.500" is one thousand five hundred in Indonesian print; "0.500" can only be a fraction.
    private static bool LooksLikeIndonesianThousands(string digits)
    {
        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        return digits.Length - dot - 1 == 3 && digits[..dot].TrimStart('0').Length > 0;
    }
}
