using Sakip.Analytics.Application.Dashboards.ReadModel;
using Sakip.Analytics.Application.Dashboards.Rules;

namespace Sakip.Analytics.Application.Dashboards.Indicators;

/// <summary>Folds the long indicator values (one row per kind) into one <see cref="IndicatorYear"/> per indicator and year.</summary>
public static class IndicatorYears
{
    public static IReadOnlyList<IndicatorYear> Build(IEnumerable<IndicatorValueEntry> values, TenantRules rules)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(rules);
        return values
            .GroupBy(v => (v.Unit, v.IndicatorId, v.Year))
            .Select(g => Fold(g.ToList(), rules))
            .OrderBy(i => i.Unit, StringComparer.Ordinal)
            .ThenBy(i => LevelOrder(i.Level))
            .ThenBy(i => i.Goal, StringComparer.Ordinal)
            .ThenBy(i => i.Name, StringComparer.Ordinal)
            .ThenBy(i => i.Year)
            .ToList();
    }

    private static IndicatorYear Fold(List<IndicatorValueEntry> values, TenantRules rules)
    {
        var first = values[0];
        var target = TargetChoice.Pick(values);
        var renstra = values.Find(v => v.Kind == "renstra_target");
        var realization = values.Find(v => v.Kind == "realization");
        var reported = values.Find(v => v.Kind == "reported_capaian");
        var capaian = rules.Capaian(first.Polarity, target?.Value, realization?.Value);
        return new IndicatorYear(
            first.Unit, first.IndicatorId, first.Goal, first.Name, first.Level, first.Satuan, first.Polarity, first.Year,
            target?.Value, target?.Kind, target?.Text, target?.Source,
            renstra?.Value, renstra?.Source,
            realization?.Value, realization?.Text, realization?.Grade, realization?.Source,
            capaian, rules.Category(capaian),
            AsPrinted.Value(reported?.Value, reported?.Text), reported?.Text, reported?.Source);
    }

    private static int LevelOrder(string level) => level switch
    {
        "tujuan" => 0,
        "sasaran" => 1,
        "program" => 2,
        "kegiatan" => 3,
        "sub_kegiatan" => 4,
        _ => 5,
    };
}
