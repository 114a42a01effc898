using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Text;

/// <summary>
/// Joins the two parts of a name or sentence the page broke over two lines: with a space, or, where a word was
/// hyphenated at the break ("Ter-" over "hubung"), into the whole word. A doubled word keeps its hyphen ("Rata-" over
/// "rata"), and so does a compound whose second half is capitalised ("Sub-" over "Kegiatan").
/// </summary>
internal static partial class WrappedText
{
    public static string Join(string head, string tail)
    {
        var top = head.TrimEnd();
        var more = tail.Trim();
        if (top.Length == 0 || more.Length == 0)
        {
            return top.Length == 0 ? more : top;
        }

        if (HyphenatedWord().Match(top) is { Success: true } broken && char.IsLetter(more[0]))
        {
            var doubled = more.StartsWith(broken.Groups["word"].Value, StringComparison.OrdinalIgnoreCase);
            return char.IsLower(more[0]) && !doubled ? top[..^1] + more : top + more;
        }

        return $"{top} {more}";
    }

    [GeneratedRegex(@"(?<![\p{L}-])(?<word>\p{L}+)-$")]
    private static partial Regex HyphenatedWord();
}
