using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Prose.Claims;

/// <summary>
/// "Kegiatan yang dilaksanakan sebanyak 4 (empat) kegiatan yaitu :" and the items that follow
/// ("1. Kegiatan : ...", "a. Program ..."), counted up to the next heading, table or chapter.
/// </summary>
internal static partial class CountClaims
{
    private const int MaxListLines = 80;

    public static CountClaim? Read(string text, SourceRef source, IReadOnlyList<ReportLine> lines, int index)
    {
        if (Announcement().Match(text) is not { Success: true } match)
        {
            return null;
        }

        var count = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        var noun = match.Groups["noun"].Value.ToLowerInvariant().Split(' ')[0];
        var items = NamedItems(lines, index, noun);
        return items.Count == 0 ? null : new CountClaim(source, match.Value, count, noun, items);
    }

    /// <summary>The lines after the announcement whose enumerated item starts with the noun ("2. Kegiatan : ..."), until the list ends.</summary>
    private static List<int> NamedItems(IReadOnlyList<ReportLine> lines, int index, string noun)
    {
        var items = new List<int>();
        for (var i = index + 1; i < lines.Count && i <= index + MaxListLines; i++)
        {
            var text = Markup.Strip(lines[i].Text);
            if (text.Length == 0 || lines[i].IsRow)
            {
                continue;
            }

            if (Item().Match(text) is { Success: true } item && item.Groups["first"].Value.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                items.Add(lines[i].Number);
                continue;
            }

            if (EndsList(text))
            {
                break;
            }
        }

        return items;
    }

    private static bool EndsList(string text) =>
        Chapter().IsMatch(text) || Caption().IsMatch(text) || ShortHeading().IsMatch(text) && !text.TrimEnd().EndsWith(':');

    [GeneratedRegex(@"\b(?:sebanyak|berjumlah|terdiri\s+(?:dari|atas))\s+(?<n>\d{1,2})\s*(?:\([a-z ]+\))?\s*(?<noun>sub\s*kegiatan|kegiatan|program|indikator|sasaran)\b(?:\s+[a-z]+){0,2}?\s*(?:yaitu|yakni|sebagai\s+berikut|antara\s+lain|meliputi)?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Announcement();

    [GeneratedRegex(@"^[\s\-–•*]*(?:\d{1,2}|[a-zA-Z])\s*[.)]\s*(?<first>[A-Za-z]+)")]
    private static partial Regex Item();

    [GeneratedRegex(@"^\s*BAB\s+[IVX\d]+\b", RegexOptions.IgnoreCase)]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^\s*(?:Tabel|Table|Gambar|Grafik)\b\.?\s*[IVX\d]", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    /// <summary>A numbered or lettered heading: short, without a sentence after it ("3. Kegiatan dan Indikator", "C. PERJANJIAN KINERJA").</summary>
    [GeneratedRegex(@"^\s*(?:\d{1,2}|[A-Za-z]|[IVX]{1,4})\s*[.)]\s+\S[^.]{0,55}$")]
    private static partial Regex ShortHeading();
}
