using System.Globalization;
using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Identity;

internal static partial class ProfileDetector
{
    private const int TitleLines = 40;

    /// <summary>
    /// The year the cover names (the first year printed with "Laporan Kinerja", "Tahun" or
    /// "Tahun Anggaran" near the top); where the cover names several, the one the body cites most.
    /// </summary>
    private static int? ReportYear(List<(int Number, string Text)> lines)
    {
        var cover = lines.Where(l => l.Text.Length is > 0 and < 120).Take(TitleLines)
            .SelectMany(l => TitleYear().Matches(l.Text).Select(m => Parse(m.Groups["year"].Value)))
            .Distinct()
            .ToList();
        var mentions = lines.SelectMany(l => YearMention().Matches(l.Text).Select(m => Parse(m.Groups["year"].Value)))
            .GroupBy(y => y)
            .ToDictionary(g => g.Key, g => g.Count());
        if (cover.Count > 0)
        {
            return cover.OrderByDescending(y => mentions.GetValueOrDefault(y)).ThenBy(cover.IndexOf).First();
        }

        return mentions.Count == 0 ? null : mentions.OrderByDescending(p => p.Value).First().Key;
    }

    /// <summary>"Renstra ... 2019-2023": the period that contains the report year, the one cited most.</summary>
    private static string? RenstraPeriod(List<(int Number, string Text)> lines, int year)
    {
        var periods = lines.SelectMany(l => Renstra().Matches(l.Text))
            .Select(m => (Start: Parse(m.Groups["start"].Value), End: Parse(m.Groups["end"].Value)))
            .Where(p => p.End - p.Start is >= 3 and <= 6)
            .ToList();
        var fitting = periods.Where(p => p.Start <= year && year <= p.End).ToList();
        var chosen = (fitting.Count > 0 ? fitting : periods).GroupBy(p => p).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        return chosen == default ? null : $"{chosen.Start}-{chosen.End}";
    }

    private static int Parse(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:tahun(?:\s+anggaran)?|laporan\s+kinerja[^0-9]{0,40}|lkjip?[^0-9]{0,20}|\bta\.?)\s*(?<year>20\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"\btahun(?:\s+anggaran)?\s+(?<year>20\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearMention();

    [GeneratedRegex(@"(?:renstra|rencana\s+strategi)[^0-9]{0,90}?(?<start>20\d\d)\s*[-–—]\s*(?<end>20\d\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Renstra();
}
