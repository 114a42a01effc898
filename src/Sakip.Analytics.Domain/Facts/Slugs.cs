namespace Sakip.Analytics.Domain.Facts;

/// <summary>The wire names of the enums, as they appear in templates, the store and exports.</summary>
public static class Slugs
{
    public static string ToSlug<TEnum>(this TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var wireName = typeof(TEnum).GetField(name)?
            .GetCustomAttributes(typeof(WireNameAttribute), false)
            .OfType<WireNameAttribute>()
            .FirstOrDefault();
        return wireName?.Name ?? ToSnakeCase(name);
    }

    public static bool TryParseSlug<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.ToSlug(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static IEnumerable<string> AllSlugs<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => v.ToSlug());

    private static string ToSnakeCase(string pascal)
    {
        var builder = new System.Text.StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0 && !char.IsDigit(pascal[i - 1]))
            {
                builder.Append('_');
            }
            else if (char.IsDigit(c) && i > 0 && !char.IsDigit(pascal[i - 1]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
