using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// The IKU values that AKIP and IKM tables print without calling them indicators: a unit's AKIP
/// total is its "Nilai AKIP" value, a survey's IKM its "Indeks Kepuasan Masyarakat" value. And the
/// reverse: a report with no survey table gives its IKM only as the indicator's realization.
/// </summary>
internal static partial class DerivedValues
{
    public static void Add(ReadingContext context)
    {
        var derived = new List<ExtractedIndicatorValue>();
        foreach (var akip in context.Akip)
        {
            if (Template(context, akip.Unit, AkipName()) is not { } template || akip.Total is not { } total)
            {
                continue;
            }

            var source = akip.Source with { Confidence = akip.Source.Confidence - 0.05 };
            var kind = akip.Kind == AkipValueKind.Target ? IndicatorValueKind.Target : IndicatorValueKind.Realization;
            derived.Add(Value(template, akip.Unit, akip.Year, kind, total, akip.TotalText ?? total.ToString(System.Globalization.CultureInfo.InvariantCulture), akip.Predikat, source));
            if (akip.TotalReportedPercent is { } percent)
            {
                derived.Add(Value(template, akip.Unit, akip.Year, IndicatorValueKind.ReportedCapaian, percent, akip.TotalReportedPercentText ?? string.Empty, null,
                    source with { Line = akip.TotalReportedPercentLine ?? source.Line }));
            }
        }

        foreach (var ikm in context.Ikm)
        {
            if (Template(context, ikm.Unit, IkmName()) is not { } template)
            {
                continue;
            }

            if (ikm.Ikm is { } value)
            {
                derived.Add(Value(template, ikm.Unit, ikm.Year, IndicatorValueKind.Realization, value, Format(value), null, ikm.Source));
            }

            foreach (var (other, text, line) in ikm.OtherIkmValues)
            {
                derived.Add(Value(template, ikm.Unit, ikm.Year, IndicatorValueKind.Realization, other, text, null, ikm.Source with { Line = line }));
            }
        }

        context.Indicators.AddRange(derived);
        if (context.Ikm.Count == 0)
        {
            IkmFromIndicator(context);
        }
    }

    private static void IkmFromIndicator(ReadingContext context)
    {
        var chapter = context.Profile.ResultsChapterLine ?? 0;
        var realization = context.Indicators
            .Where(v => v.Unit == context.Profile.Unit && v.Kind == IndicatorValueKind.Realization && v.Year == context.Year && !v.Source.IsProse
                && IndexName().IsMatch(NameKey.Of(v.Indicator)) && v.Value is >= 25 and <= 100)
            .OrderBy(v => v.Source.Line < chapter ? 1 : 0)
            .ThenBy(v => v.Source.Line)
            .FirstOrDefault();
        if (realization is not null)
        {
            context.Ikm.Add(new ExtractedIkm(context.Profile.Unit, context.Year, null, [], null, realization.Value, null,
                realization.Source with { Confidence = realization.Source.Confidence - 0.15 }));
        }
    }

    private static ExtractedIndicatorValue? Template(ReadingContext context, string unit, Regex name) =>
        context.Indicators.FirstOrDefault(v => v.Unit == unit && v.Level != IndicatorLevel.Individual && name.IsMatch(NameKey.Of(v.Indicator)));

    private static ExtractedIndicatorValue Value(ExtractedIndicatorValue template, string unit, int year, IndicatorValueKind kind, decimal value, string text, string? grade, SourceRef source) =>
        new(unit, template.Level, template.Goal, template.Indicator, template.Satuan, template.Polarity, year, kind, value, text, grade, source);

    private static string Format(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',');

    [GeneratedRegex(@"\b(s?akip|akuntabilitas kinerja instansi)\b")]
    private static partial Regex AkipName();

    [GeneratedRegex(@"\b(ikm|skm|kepuasan masyarakat)\b")]
    private static partial Regex IkmName();

    [GeneratedRegex(@"\b(ikm|indeks kepuasan masyarakat)\b")]
    private static partial Regex IndexName();

}
