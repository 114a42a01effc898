using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>"≤ 15 menit", "maksimal 15 menit", "paling lama 2 jam": the limit a time is held to, not a figure measured.</summary>
internal static partial class TimeLimits
{
    /// <summary>The text with each time limit put as a word with no figure, so it counts as no figure of its own.</summary>
    public static string Blanked(string text) => Limit().Replace(text, " tenggat ");

    [GeneratedRegex(@"(?:≤|<=|<|\b(?:kurang dari|maksimal|maks\.?|paling lama|tidak lebih dari))\s*\d+(?:,\d+)?\s*(?:menit|jam|hari)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Limit();
}
