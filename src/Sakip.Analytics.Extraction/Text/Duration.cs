using System.Globalization;
using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Text;

/// <summary>A time printed in minutes and seconds ("14 menit 30 detik", "00:14:30", "14'30"", "15'"), as minutes to two decimals.</summary>
internal static partial class Duration
{
    public static decimal? Minutes(string text)
    {
        var trimmed = text.Trim();
        if (MinutesAndSeconds().Match(trimmed) is { Success: true } words)
        {
            return Of(0, Whole(words, "m"), Whole(words, "s"));
        }

        if (Clock().Match(trimmed) is { Success: true } clock)
        {
            return Of(Whole(clock, "h"), Whole(clock, "m"), Whole(clock, "s"));
        }

        return Primes().Match(trimmed) is { Success: true } primes ? Of(0, Whole(primes, "m"), Whole(primes, "s")) : null;
    }

    /// <summary>Hours, minutes and seconds as minutes to two decimals; null when the seconds are no seconds (60 and more).</summary>
    public static decimal? Of(int hours, int minutes, int seconds) =>
        seconds < 60 && minutes < 60 * 24 ? Math.Round(hours * 60 + minutes + seconds / 60m, 2) : null;

    private static int Whole(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^(?<m>\d{1,3})\s*(?:menit|mnt|min)\.?\s*(?<s>\d{1,2})\s*(?:detik|dtk|det|s)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesAndSeconds();

    // "00:14:30" is hours, minutes and seconds; "14:30" alone is ambiguous (a time of day), so it is not read.
    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<m>[0-5]\d):(?<s>[0-5]\d)$")]
    private static partial Regex Clock();

    [GeneratedRegex(@"^(?<m>\d{1,3})\s*['’](?:\s*(?<s>\d{1,2})\s*(?:""|”|'')?)?$")]
    private static partial Regex Primes();
}
