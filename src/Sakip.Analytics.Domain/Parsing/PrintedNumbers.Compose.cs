using System.Globalization;

namespace Sakip.Analytics.Domain.Parsing;

internal static partial class PrintedNumbers
{
    private static bool TryCompose(string digits, char? thousands, char? decimalSeparator, out decimal number, out string? error)
    {
        number = 0;
        var integerPart = digits;
        var fractionPart = string.Empty;
        if (decimalSeparator is { } separator)
        {
            var at = digits.LastIndexOf(separator);
            if (digits.IndexOf(separator, StringComparison.Ordinal) != at)
            {
                error = $"more than one decimal separator '{separator}'";
                return false;
            }

            integerPart = digits[..at];
            fractionPart = digits[(at + 1)..];
            if (thousands is { } t && fractionPart.Contains(t, StringComparison.Ordinal))
            {
                error = $"thousands separator '{t}' after the decimal separator '{separator}'";
                return false;
            }
        }

        if (thousands is { } groupSeparator && !HasValidGrouping(integerPart, groupSeparator))
        {
            error = $"digits between thousands separators '{groupSeparator}' must come in groups of 3";
            return false;
        }

        var plain = thousands is { } g ? integerPart.Replace(g.ToString(), string.Empty, StringComparison.Ordinal) : integerPart;
        if (fractionPart.Length > 0)
        {
            plain += "." + fractionPart;
        }

        if (!decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number))
        {
            error = "the number is out of range";
            return false;
        }

        error = null;
        return true;
    }

    private static bool HasValidGrouping(string integerPart, char separator)
    {
        var groups = integerPart.Split(separator);
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(group => group.Length == 3);
    }
}
