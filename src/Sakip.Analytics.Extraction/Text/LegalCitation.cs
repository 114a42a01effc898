using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Text;

/// <summary>A regulation cited by number and year ("Nomor 14 Tahun 2017"): its year dates the regulation, not a figure or a table.</summary>
internal static partial class LegalCitation
{
    public static string WithoutCitations(string text) => Citation().Replace(text, " ");

    [GeneratedRegex(@"(Nomor|No\.?)\s*:?\s*\d+\s+Tahun\s+(19|20)\d\d", RegexOptions.IgnoreCase)]
    private static partial Regex Citation();
}
