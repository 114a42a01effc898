using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Identity;

/// <summary>
/// "Rasio petugas pemadam kebakaran per jumlah penduduk: 1 : 2.500": a figure printed as a ratio to one counts so many
/// people (or areas) to one officer (or post), so the fewer the better; every value of an indicator printed so anywhere is
/// lower is better. A polarity the report declares still decides.
/// </summary>
internal static class RatioPolarity
{
    public static void Apply(List<ExtractedIndicatorValue> values)
    {
        var ratios = values.Where(v => v.Value > 1 && CellValue.IsRatioToOne(v.Text)).Select(v => NameKey.Of(v.Indicator)).ToHashSet();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Polarity != Polarity.LowerIsBetter && ratios.Contains(NameKey.Of(values[i].Indicator)))
            {
                values[i] = values[i] with { Polarity = Polarity.LowerIsBetter };
            }
        }
    }
}
