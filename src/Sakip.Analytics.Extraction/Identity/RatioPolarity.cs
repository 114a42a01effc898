using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Identity;

/// <summary>
/// "Rasio petugas pemadam kebakaran per jumlah penduduk: 1 : 2.500": a figure printed as a ratio to one counts so many
/// people (or areas) to one officer (or post), so the fewer the better; every value of an indicator printed so anywhere is
/// lower is better when its name or satuan says it is a ratio. A polarity the report declares still decides.
/// </summary>
internal static partial class RatioPolarity
{
    public static void Apply(List<ExtractedIndicatorValue> values)
    {
        var ratios = values.Where(v => v.Value > 1 && CellValue.IsRatioToOne(v.Text) && NamesRatio(v)).Select(v => NameKey.Of(v.Indicator)).ToHashSet();
        LowerIsBetter.Turn(values, ratios);
    }

    // "Rasio petugas per jumlah penduduk", "Perbandingan ...", satuan "Rasio": only an indicator said to be a ratio turns.
    private static bool NamesRatio(ExtractedIndicatorValue value) => RatioWord().IsMatch($"{NameKey.Of(value.Indicator)} {NameKey.Of(value.Satuan)}");

    [GeneratedRegex(@"\b(rasio|perbandingan|per)\b")]
    private static partial Regex RatioWord();
}
