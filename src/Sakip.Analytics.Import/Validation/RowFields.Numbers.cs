using System.Globalization;
using Sakip.Analytics.Domain.Parsing;

namespace Sakip.Analytics.Import.Validation;

internal sealed partial class RowFields
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public int Year() => PlainInteger(Columns.Year, required: true, MinYear, MaxYear) ?? 0;

    /// <summary>An integer written without separators (a year, a line number).</summary>
    public int? PlainInteger(string column, bool required, int min, int? max)
    {
        var text = required ? NullIfEmpty(Required(column)) : Optional(column);
        if (text is null)
        {
            return null;
        }

        var parsed = Cell(column).TypedNumber is { } typed
            ? AsInteger(typed)
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var plain) ? plain : null;
        return CheckInteger(column, text, parsed, min, max);
    }

    /// <summary>A count as a report prints it, thousands separators allowed ("1.234").</summary>
    public int? Count(string column, int min)
    {
        if (Optional(column) is not { } text)
        {
            return null;
        }

        var parsed = Cell(column).TypedNumber is { } typed ? AsInteger(typed)
            : !text.Contains('%', StringComparison.Ordinal) && PrintedValues.TryParseNumber(text, out var number) ? AsInteger(number)
            : null;
        return CheckInteger(column, text, parsed, min, max: null);
    }

    /// <summary>An optional plain number as printed in either convention; a grade is not a number here.</summary>
    public decimal? Number(string column, decimal? min = null, decimal? max = null)
    {
        if (Optional(column) is not { } text)
        {
            return null;
        }

        if (Printed(column, text) is not { Number: { } number, Grade: null })
        {
            Fail(column, Reasons.NotANumber(text));
            return null;
        }

        return CheckRange(column, text, number, min, max) ? number : null;
    }

    /// <summary>A value that may carry a grade ("BB (75,00)", "B"); null when the column is empty.</summary>
    public PrintedValue? NumberOrGrade(string column, bool required)
    {
        var text = required ? NullIfEmpty(Required(column)) : Optional(column);
        if (text is null)
        {
            return null;
        }

        var value = Printed(column, text);
        if (value is null)
        {
            Fail(column, Reasons.NotANumberOrGrade(text));
        }

        return value;
    }

    public bool CheckRange(string column, string text, decimal number, decimal? min, decimal? max)
    {
        if (number < min || number > max)
        {
            Fail(column, Reasons.OutOfRange(text, min, max));
            return false;
        }

        return true;
    }

    // A workbook cell typed as a number needs no parsing. Its printed form gets a decimal comma, so that
    // the kept text parses back to the same number ("1.396" would read as 1396 in Indonesian print).
    private PrintedValue? Printed(string column, string text)
    {
        var cell = Cell(column);
        if (cell.TypedNumber is { } typed)
        {
            var printed = NumberText.Format(typed) + (cell.IsTypedPercent ? "%" : string.Empty);
            return new PrintedValue(typed, null, cell.IsTypedPercent, printed);
        }

        return PrintedValues.TryParse(text, out var value, out _) ? value : null;
    }

    private int? CheckInteger(string column, string text, int? parsed, int min, int? max)
    {
        if (parsed is not { } value)
        {
            Fail(column, Reasons.NotAnInteger(text));
            return null;
        }

        return CheckRange(column, text, value, min, max) ? value : null;
    }

    private static int? AsInteger(decimal number) =>
        number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue ? (int)number : null;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
