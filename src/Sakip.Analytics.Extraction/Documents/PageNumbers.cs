using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Documents;

/// <summary>A page's number printed on a line of its own: "38", "- 12 -", "iv", "Halaman 4".</summary>
internal static partial class PageNumbers
{
    public static bool Is(string text) => PageNumber().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:[-–]\s*)?(?:halaman\s+)?[ivxlc\d]{1,4}(?:\s*[-–])?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
