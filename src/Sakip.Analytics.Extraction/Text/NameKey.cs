using System.Globalization;
using System.Text;

namespace Sakip.Analytics.Extraction.Text;

/// <summary>A comparable form of a name: lower case letters and digits, single spaces, no markup or punctuation.</summary>
internal static class NameKey
{
    public static string Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var c in Markup.Strip(text).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>The key without a leading enumerator ("1", "a", "II", "2.1") that numbers the row.</summary>
    public static string WithoutEnumerator(string? text)
    {
        var key = Of(text);
        var words = key.Split(' ');
        if (words.Length > 1 && IsEnumerator(words[0]))
        {
            return string.Join(' ', words.Skip(1));
        }

        return key;
    }

    internal static bool IsEnumerator(string word) =>
        word.Length > 0 && (word.All(char.IsAsciiDigit) && word.Length <= 2
            || word.Length == 1 && char.IsAsciiLetterLower(word[0])
            || word is "i" or "ii" or "iii" or "iv" or "v" or "vi" or "vii" or "viii" or "ix" or "x");
}
