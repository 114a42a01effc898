using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Import.Validation;

internal sealed partial class RowFields
{
    public static readonly IReadOnlyList<string> Predikats = ["AA", "A", "BB", "B", "CC", "C", "D"];

    public static readonly IReadOnlyList<string> Mutus = ["A", "B", "C", "D"];

    /// <summary>A tenant or unit identifier: lower-case a-z, 0-9, words joined by single dashes.</summary>
    public string Slug(string column)
    {
        TrySlug(column, out var text);
        return text;
    }

    private bool TrySlug(string column, out string text)
    {
        text = Required(column);
        if (text.Length == 0)
        {
            return false;
        }

        if (!SlugPattern().IsMatch(text))
        {
            Fail(column, Reasons.NotSlug(text));
            return false;
        }

        return true;
    }

    public TEnum Choice<TEnum>(string column) where TEnum : struct, Enum
    {
        var text = Required(column);
        return text.Length > 0 ? ParseChoice<TEnum>(column, text) ?? default : default;
    }

    public TEnum OptionalChoice<TEnum>(string column, TEnum fallback) where TEnum : struct, Enum =>
        Optional(column) is { } text ? ParseChoice<TEnum>(column, text) ?? fallback : fallback;

    /// <summary>A letter grade (predikat, mutu), upper-case as the regulations write them.</summary>
    public string? Grade(string column, IReadOnlyList<string> grades)
    {
        var text = Optional(column);
        if (text is not null && !grades.Contains(text, StringComparer.Ordinal))
        {
            Fail(column, Reasons.NotAChoice(text, grades));
        }

        return text;
    }

    // Slugs.TryParseSlug ignores case; the template's values are exact lower-case slugs like its column names.
    private TEnum? ParseChoice<TEnum>(string column, string text) where TEnum : struct, Enum
    {
        if (Slugs.TryParseSlug<TEnum>(text, out var value) && string.Equals(value.ToSlug(), text, StringComparison.Ordinal))
        {
            return value;
        }

        Fail(column, Reasons.NotAChoice(text, Slugs.AllSlugs<TEnum>()));
        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
