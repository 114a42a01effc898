using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Text;

/// <summary>Cleans a name printed in a cell: markup, the row's enumerator ("1.", "a.", "II", "2.1", "-"), trailing dots.</summary>
internal static partial class Names
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var clean = Markup.Strip(text);
        clean = Enumerator().Replace(clean, string.Empty);
        return clean.Trim().TrimEnd('.', ';', ',', ':').Trim();
    }

    /// <summary>The enumerator that starts a cell, e.g. "II" or "2.1"; null when there is none.</summary>
    public static string? EnumeratorOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = EnumeratorOnly().Match(Markup.Strip(text).Trim());
        return match.Success ? match.Groups["e"].Value : null;
    }

    public static bool IsRoman(string enumerator) => Roman().IsMatch(enumerator);

    /// <summary>"layanan paten" of "Persentase layanan PATEN yang diselesaikan tepat waktu": each acronym in a name with the word before it, as name keys.</summary>
    public static IEnumerable<string> AcronymPhrases(string name) =>
        AcronymWithWordBefore().Matches(name).Select(m => NameKey.Of(m.Value));

    [GeneratedRegex(@"(?<![A-Za-z])[A-Za-z]{3,}\s+[A-Z]{2,6}(?![A-Za-z])")]
    private static partial Regex AcronymWithWordBefore();

    [GeneratedRegex(@"^\s*(?:[-–•➤]\s*|(?:\d{1,2}(?:[.,]\d{1,2})*|[a-zA-Z]|[IVX]{1,4})[.)]\s+|\d{1,2}\s+(?=[A-Z])|[a-z]\s+(?=[A-Z]))")]
    private static partial Regex Enumerator();

    [GeneratedRegex(@"^(?<e>\d{1,2}(?:[.,]\d{1,2})*|[IVX]{1,4}|[a-z])[.)]?$")]
    private static partial Regex EnumeratorOnly();

    [GeneratedRegex(@"^[IVX]{1,4}$")]
    private static partial Regex Roman();
}
