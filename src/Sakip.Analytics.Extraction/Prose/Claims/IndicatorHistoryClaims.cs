using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Prose.Claims;

/// <summary>
/// Statements about an indicator over the years: "tahun 2019 sampai dengan tahun 2022 telah memenuhi
/// target" or "setiap tahun mencapai target" (a streak), "selalu meningkat setiap tahun" (a trend).
/// </summary>
internal static partial class IndicatorHistoryClaims
{
    public static IEnumerable<ProseClaim> Read(string sentence, SourceRef source, string? indicator)
    {
        if (indicator is null)
        {
            yield break;
        }

        var range = YearRange().Match(sentence);
        int? from = range.Success ? Year(range.Groups["from"]) : null;
        int? to = range.Success ? Year(range.Groups["to"]) : null;
        if (Streak().Match(sentence) is { Success: true } streak && !Negation().IsMatch(streak.Value) && (range.Success || EveryYear().IsMatch(sentence)))
        {
            yield return new StreakClaim(source, sentence, indicator, from ?? 0, to ?? 9999);
        }

        if (Trend().Match(sentence) is { Success: true } trend && !Negation().IsMatch(trend.Value) && !Hedged().IsMatch(sentence))
        {
            var rising = Rising().IsMatch(trend.Value);
            var ofTargets = Targets().IsMatch(sentence[..trend.Index]) && !Realizations().IsMatch(sentence[..trend.Index]);
            yield return new TrendClaim(source, sentence, indicator, rising, ofTargets, from, to);
        }
    }

    private static int Year(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(?:tahun\s+)?(?<from>(?:19|20)\d\d)\s*(?:sampai\s+dengan|s\.\s*d\.?|s/d|hingga|sampai|-|–)\s*(?:tahun\s+)?(?<to>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"(?:\b(?:telah|selalu|berhasil|sudah|senantiasa|tidak|belum)\s+){0,2}(?:memenuhi|mencapai|melampaui)\s+target", RegexOptions.IgnoreCase)]
    private static partial Regex Streak();

    [GeneratedRegex(@"\b(?:setiap|tiap|tiap-tiap)\s+tahun|\bdari\s+tahun\s+ke\s+tahun", RegexOptions.IgnoreCase)]
    private static partial Regex EveryYear();

    [GeneratedRegex(@"(?:\b(?:tidak|belum)\s+)?(?:\b(?:selalu|terus|senantiasa|konsisten)\s+(?:mengalami\s+)?(?:meningkat|peningkatan|naik|kenaikan|menurun|penurunan|turun)|\b(?:meningkat|naik|menurun|turun)\s+(?:setiap|tiap)\s+tahun(?:nya)?|\b(?:meningkat|naik|menurun|turun)\s+dari\s+tahun\s+ke\s+tahun)", RegexOptions.IgnoreCase)]
    private static partial Regex Trend();

    [GeneratedRegex(@"\b(tidak|belum)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    /// <summary>"cenderung naik", "selalu mengalami kenaikan, namun pada tahun 2023 ...": a tendency or a stated exception, not a claim about every year.</summary>
    [GeneratedRegex(@"\b(cenderung|relatif|umumnya|pada\s+umumnya|namun|kecuali|meskipun|walaupun|tetapi)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hedged();

    [GeneratedRegex(@"\btarget", RegexOptions.IgnoreCase)]
    private static partial Regex Targets();

    [GeneratedRegex(@"\b(realisasi|capaian)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Realizations();

    [GeneratedRegex(@"meningkat|peningkatan|naik|kenaikan", RegexOptions.IgnoreCase)]
    private static partial Regex Rising();
}
