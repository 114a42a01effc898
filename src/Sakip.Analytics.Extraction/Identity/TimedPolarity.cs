using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Interpretation;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Identity;

/// <summary>
/// "Tingkat waktu tanggap" is the share of fires reached in time when printed in per cent, and the time itself when
/// printed in minutes or hours: an indicator named for a time whose satuan anywhere is a time unit is lower is better,
/// unless its name opens with the share it counts ("Persentase", "Proporsi", "Cakupan").
/// </summary>
internal static partial class TimedPolarity
{
    /// <summary>Gives every value of an indicator measured in a time unit the lower-is-better polarity.</summary>
    public static void Apply(List<ExtractedIndicatorValue> values)
    {
        var timed = values
            .Where(v => IsTimeUnit(v.Satuan ?? IndicatorTableReader.SatuanInName(v.Indicator)) && IndicatorTableReader.NamesDuration(v.Indicator))
            .Select(v => NameKey.Of(v.Indicator))
            .Where(name => !CountsShare().IsMatch(name))
            .ToHashSet();
        LowerIsBetter.Turn(values, timed);
    }

    private static bool IsTimeUnit(string? satuan) => satuan is not null && TimeUnit().IsMatch(NameKey.Of(satuan));

    [GeneratedRegex(@"^(menit|jam|detik|hari)$")]
    private static partial Regex TimeUnit();

    [GeneratedRegex(@"^(persentase|proporsi|cakupan)\b")]
    private static partial Regex CountsShare();
}
