using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Text;

/// <summary>
/// How a table writes its numbers. Reports mix Indonesian ("1.234.567,89") and English
/// ("1,234,567.89"), and "13,000" alone could be either; a table whose other figures are all
/// English reads it as thirteen thousand.
/// </summary>
internal enum NumberConvention
{
    Mixed,
    English,
}

internal static partial class NumberConventions
{
    public static NumberConvention Of(IEnumerable<string> cells)
    {
        var english = 0;
        var indonesian = 0;
        foreach (var cell in cells)
        {
            var text = UnitAfter().Replace(Markup.Strip(cell).Replace("Rp", string.Empty, StringComparison.OrdinalIgnoreCase), string.Empty).Trim(' ', '.', '%');
            if (English().IsMatch(text))
            {
                english++;
            }
            else if (Indonesian().IsMatch(text))
            {
                indonesian++;
            }
        }

        return english > 0 && indonesian == 0 ? NumberConvention.English : NumberConvention.Mixed;
    }

    /// <summary>
    /// Under the English convention, "13,000" is 13000 (a lone comma before three digits groups thousands); "0,369" groups
    /// nothing and stays a decimal.
    /// </summary>
    public static string Apply(string candidate, NumberConvention convention) =>
        convention == NumberConvention.English && AmbiguousThousands().IsMatch(candidate) ? candidate.Replace(",", string.Empty, StringComparison.Ordinal) : candidate;

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+\.\d+$|^\d{1,3}(,\d{3}){2,}$|^\d+\.\d{1,2}$")]
    private static partial Regex English();

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+,\d+$|^\d{1,3}(\.\d{3}){2,}$|^\d+,\d{1,2}$")]
    private static partial Regex Indonesian();

    [GeneratedRegex(@"^(Rp\.?\s*)?[1-9]\d{0,2},\d{3}(\s*%)?$")]
    private static partial Regex AmbiguousThousands();

    /// <summary>"1,619.9 Ha", "3,727 m2": the unit after a figure says nothing of how the figure is written.</summary>
    [GeneratedRegex(@"(?<=\d)\s*[A-Za-z][A-Za-z0-9]{0,9}\.?\s*$")]
    private static partial Regex UnitAfter();
}
