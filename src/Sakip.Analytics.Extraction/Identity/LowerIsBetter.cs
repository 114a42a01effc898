using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Identity;

/// <summary>Gives every value of the named indicators (by name key) the lower-is-better polarity.</summary>
internal static class LowerIsBetter
{
    public static void Turn(List<ExtractedIndicatorValue> values, IReadOnlySet<string> nameKeys)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Polarity != Polarity.LowerIsBetter && nameKeys.Contains(NameKey.Of(values[i].Indicator)))
            {
                values[i] = values[i] with { Polarity = Polarity.LowerIsBetter };
            }
        }
    }
}
