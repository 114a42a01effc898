using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Text;

/// <summary>"Tujuan: Meningkatnya kualitas pelayanan publik", "Sasaran 1 : ...": a row's own heading with its label, not a column's.</summary>
internal static partial class LabelledStatement
{
    public static bool Is(string text) => Pattern().IsMatch(Markup.Strip(text));

    [GeneratedRegex(@"^\s*(tujuan|sasaran|indikator|program|kegiatan|sub\s*kegiatan)\b[^:]{0,30}:\s*\S+(\s+\S+){2,}", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
