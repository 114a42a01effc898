using System.Globalization;
using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>
/// "dibandingkan realisasi tahun 2022 sebesar Rp 2.900.000.000", "dari Rp 3.600.000.000 pada tahun 2022 menjadi ...":
/// an amount whose own words name a year is that year's budget, not the report year's.
/// </summary>
internal static partial class ProseBudgetReader
{
    /// <param name="followsAmount">The window starts right after another amount, whose year a leading "pada tahun 2021" is.</param>
    private static int? YearOfAmount(string window, string after, bool followsAmount)
    {
        var match = YearAfter().Match(after);
        if (!match.Success && !(followsAmount && YearAfter().IsMatch(window)))
        {
            match = YearBefore().Match(LastWords(window, 5));
        }

        return match.Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>"Pada tahun 2022 anggaran Kecamatan X sebesar Rp ...": the year a sentence opens with dates its first amount.</summary>
    private static int? YearOpening(string sentence) =>
        YearAfter().Match(sentence) is { Success: true } match ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"\b(tahun|ta|t\.a\.?)\s+(anggaran\s+)?(?<year>(19|20)\d\d)\b(?!\s*[-–/]\s*(19|20)?\d\d)[^0-9%]*$", RegexOptions.IgnoreCase)]
    private static partial Regex YearBefore();

    [GeneratedRegex(@"^\s*(\(\s*)?(pada|di|untuk|selama)?\s*(tahun|ta|t\.a\.?)\s+(anggaran\s+)?(?<year>(19|20)\d\d)\b(?!\s*[-–/]\s*(19|20)?\d\d)", RegexOptions.IgnoreCase)]
    private static partial Regex YearAfter();
}
