using Sakip.Analytics.Application.Dashboards.Indicators;
using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Domain.Rules;

namespace Sakip.Analytics.Application.Dashboards.Measures;

public sealed partial class MeasureSeries
{
    /// <summary>The mean computed capaian of a unit's IKU (sasaran and tujuan indicators) in a year.</summary>
    private List<MeasurePoint> IkuMean(MeasureRequest request) =>
        Indicators(request)
            .Where(i => i.IsIku && i.Capaian is not null)
            .GroupBy(i => (i.Unit, i.Year))
            .Select(g =>
            {
                var mean = CapaianCalculator.MeanCapaian(g.Select(i => i.Capaian!.Value))!.Value;
                var names = string.Join("; ", g.Select(i => $"{i.Name} {IdFormat.Percent(i.Capaian!.Value)}"));
                return new MeasurePoint(g.Key.Unit, g.Key.Year, mean, null, "IKU")
                {
                    Capaian = mean,
                    Category = request.Rules.Category(mean),
                    Notes = [$"Rata-rata {g.Count()} IKU: {names}."],
                };
            })
            .ToList();

    /// <summary>The computed capaian of the indicators named like the request's indicator (IKU preferred).</summary>
    private List<MeasurePoint> IndicatorCapaian(MeasureRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Indicator))
        {
            return [];
        }

        var wanted = IkuPatterns.Normalize(request.Indicator);
        return Indicators(request)
            .Where(i => IkuPatterns.Normalize(i.Name) == wanted && i.Capaian is not null)
            .GroupBy(i => (i.Unit, i.Year))
            .Select(g => g.OrderBy(i => i.IsIku ? 0 : 1).First())
            .Select(i => new MeasurePoint(i.Unit, i.Year, i.Capaian!.Value, null, "Indikator")
            {
                Realization = i.Realization,
                RealizationSource = i.RealizationSource,
                Target = i.Target,
                TargetKind = i.TargetKind is { } kind ? ValueKinds.Label(kind) : null,
                TargetSource = i.TargetSource,
                Capaian = i.Capaian,
                Category = i.Category,
                ReportedCapaian = i.ReportedCapaian,
                ReportedCapaianSource = i.ReportedCapaianSource,
                Grade = i.RealizationGrade,
            })
            .ToList();
    }
}
