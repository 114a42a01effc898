using System.Globalization;
using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>Figures listed for years listed before them ("tahun 2021, 2022 dan 2023 masing-masing sebesar 57,25; 59,80 dan 62,14").</summary>
internal static partial class ProseIndicatorReader
{
    /// <summary>
    /// The year a figure takes from a list of years ahead of it marked "masing-masing" or "berturut-turut": the n-th figure
    /// after the mark takes the n-th year. Null when the sentence lists no years so, or lists fewer years than figures before this one.
    /// </summary>
    private static int? RespectiveYear(string sentence, ProseNumber number, int reportYear)
    {
        var before = sentence[..number.Start];
        var list = RespectiveYears().Match(before) is { Success: true } marked ? marked : MarkThenYears().Match(before);
        if (!list.Success)
        {
            return YearOfRange(sentence, number, reportYear);
        }

        var years = Cues.Year().Matches(list.Groups["years"].Value).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        var index = PlaceAfterMark(sentence, list.Index + list.Length, number);
        return index < years.Count ? years[index] : null;
    }

    /// <summary>
    /// "Selama tiga tahun terakhir (2021-2023), capaian IKM ... yaitu 100,13%, 101,88% dan 102,94%": a range of years ahead of a
    /// list of exactly as many figures gives them the years in order; "selama tiga tahun terakhir adalah 17, 16 dan 14 menit" names
    /// the range as the years up to the report's. Null when the counts differ.
    /// </summary>
    private static int? YearOfRange(string sentence, ProseNumber number, int reportYear)
    {
        var before = sentence[..number.Start];
        var (range, from, to) = YearRangeThenList().Match(before) is { Success: true } printed
            ? (printed, int.Parse(printed.Groups["from"].Value, CultureInfo.InvariantCulture), int.Parse(printed.Groups["to"].Value, CultureInfo.InvariantCulture))
            : LastYearsThenList().Match(before) is { Success: true } last
            ? (last, reportYear - YearsCounted(last.Groups["n"].Value) + 1, reportYear)
            : (Match.Empty, 0, 0);
        if (!range.Success)
        {
            return null;
        }

        var markEnd = range.Index + range.Length;
        var listed = Listed(sentence, number).Count(n => !n.IsMoney && n.Start >= markEnd);
        return to > from && listed == to - from + 1 ? from + PlaceAfterMark(sentence, markEnd, number) : null;
    }

    [GeneratedRegex(@"\b(?<from>(?:19|20)\d\d)\s*(?:-|–|s\.?\s*d\.?|sampai(?:\s+dengan)?|hingga)\s*(?:tahun\s+)?(?<to>(?:19|20)\d\d)\b[^.;]{0,80}?\b(?:yaitu|yakni|adalah|" + RespectivelyWords + @")\b\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex YearRangeThenList();

    [GeneratedRegex(@"\b(?:dalam|selama)\s+(?<n>dua|tiga|empat|lima|[2-5])\s+tahun\s+terakhir\b(?!\s*\()[^.;]{0,80}?\b(?:yaitu|yakni|adalah|" + RespectivelyWords + @")\b\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex LastYearsThenList();

    private static int YearsCounted(string n) => n switch
    {
        "dua" or "2" => 2,
        "tiga" or "3" => 3,
        "empat" or "4" => 4,
        _ => 5,
    };

    /// <summary>How many figures (money aside) stand between the end of a "masing-masing" mark and this one: its place in the list.</summary>
    private static int PlaceAfterMark(string sentence, int markEnd, ProseNumber number) =>
        Listed(sentence, number).Count(n => !n.IsMoney && n.Start >= markEnd && n.Start < number.Start);

    /// <summary>The figures of a list: "masing-masing 17 menit, 16 menit dan 14 menit", "17, 16 dan 14 menit" list three in their unit.</summary>
    private static List<ProseNumber> Listed(string sentence, ProseNumber number) =>
        ProseNumbers.Find(sentence, number.Value.IsPercent
            ? null
            : UnitsAfterFigures().Matches(sentence).Select(m => m.Groups["unit"].Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal));

    [GeneratedRegex(@"\d\s+(?<unit>\p{L}+)")]
    private static partial Regex UnitsAfterFigures();

    private const string RespectivelyWords = "masing-masing|masing2|berturut-turut|berturut turut";

    /// <summary>"berturut-turut tahun 2021, 2022 dan 2023 adalah": the mark before the years, the figures after them.</summary>
    [GeneratedRegex(@"\b(?:" + RespectivelyWords + @")\s+(?:pada\s+|untuk\s+)?(?:tahun\s+)?(?<years>(?:19|20)\d\d(?:\s*(?:,|dan|&|serta)\s*(?:tahun\s+)?(?:19|20)\d\d)+)\b\s*(?:adalah|yaitu|yakni|sebesar|ialah)?\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex MarkThenYears();

    [GeneratedRegex(@"(?<years>(?:19|20)\d\d(?:\s*(?:,|dan|&|serta)\s*(?:tahun\s+)?(?:19|20)\d\d)+)\b[^.;]{0,80}?\b(?:" + RespectivelyWords + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex RespectiveYears();
}
