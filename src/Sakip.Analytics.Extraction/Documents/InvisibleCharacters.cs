using System.Text;

namespace Sakip.Analytics.Extraction.Documents;

/// <summary>
/// Characters a PDF converter leaves in report text that print as nothing (a soft hyphen where a word
/// may break, zero-width spaces and joiners, a byte-order mark) or as two letters in one glyph (the
/// "ﬁ" and "ﬂ" ligatures). Read as what they print, so "Spesiﬁkasi" and "Persen­tase" are the words a reader sees.
/// </summary>
internal static class InvisibleCharacters
{
    private static readonly (char Printed, string Letters)[] Ligatures =
    [
        ('\uFB00', "ff"), ('\uFB01', "fi"), ('\uFB02', "fl"), ('\uFB03', "ffi"), ('\uFB04', "ffl"), ('\uFB05', "st"), ('\uFB06', "st"),
    ];

    private static readonly char[] PrintedAsNothing = ['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

    public static string Remove(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAnyInRange('\uFB00', '\uFB06') < 0 && text.AsSpan().IndexOfAny(PrintedAsNothing) < 0)
        {
            return text;
        }

        var read = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (Array.IndexOf(PrintedAsNothing, ch) >= 0)
            {
                continue;
            }

            var ligature = Array.FindIndex(Ligatures, l => l.Printed == ch);
            if (ligature >= 0)
            {
                read.Append(Ligatures[ligature].Letters);
            }
            else
            {
                read.Append(ch);
            }
        }

        return read.ToString();
    }
}
