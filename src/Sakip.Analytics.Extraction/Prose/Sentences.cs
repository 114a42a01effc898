using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>Splits a paragraph into sentences without breaking "Rp. 1.234", "Kec. Sei Balai", "KEC. TELUK BETUNG", "86.98 %" or a list of figures.</summary>
internal static partial class Sentences
{
    public static IEnumerable<(string Text, int Offset)> Split(string paragraph)
    {
        var start = 0;
        foreach (Match boundary in Boundary().Matches(paragraph))
        {
            var end = boundary.Index;
            var before = paragraph[start..end];
            if (Abbreviation().IsMatch(before))
            {
                continue;
            }

            yield return (before, start);
            start = boundary.Index + boundary.Length;
        }

        if (start < paragraph.Length)
        {
            yield return (paragraph[start..], start);
        }
    }

    /// <summary>"sebesar 95,12 persen" as "sebesar 95,12%": the sign the statements about figures are read by, spelled out.</summary>
    public static string WithPercentSigns(string text) => PercentWord().Replace(text, "%");

    [GeneratedRegex(@"(?<=\d)\s*persen\b", RegexOptions.IgnoreCase)]
    private static partial Regex PercentWord();

    /// <summary>A sentence end, or a semicolon other than one between two figures of a list ("57,25; 59,80 dan 62,14").</summary>
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9(\-])|;(?:(?<!\d;)|(?!\s*\d))\s*")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"\b(Kec|KEC|No|NO|Rp|RP|Drs|Ir|H|Hj|dr|Dr|Prof|Jl|JL|Tk|St|S|M|Kab|KAB|Kel|KEL|Ds|dsb|dll|a|b|c|d)\.$")]
    private static partial Regex Abbreviation();
}
