using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Prose;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class IndicatorTableReader
{
    /// <summary>The one own indicator the caption names by a shortened form of its name; none when it fits several.</summary>
    private static ExtractedIndicatorValue? IndicatorShortenedBy(string caption, List<ExtractedIndicatorValue> own, ReadingContext context)
    {
        string[] places = [context.Profile.Unit, context.Profile.Tenant ?? string.Empty, .. context.Profile.UnitNameVariants];
        var fitting = own.Where(v => IndicatorLexicon.ShortensName(caption, v.Indicator, places)).DistinctBy(v => NameKey.Of(v.Indicator)).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }
}
