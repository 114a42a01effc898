using Sakip.Analytics.Application.Dashboards.Indicators;
using Sakip.Analytics.Application.Dashboards.ReadModel;

namespace Sakip.Analytics.Application.Dashboards.Measures;

/// <summary>Computes a measure's points for the units and years asked, from the current facts and the domain rules.</summary>
public sealed partial class MeasureSeries(IDashboardReadModel read)
{
    public IReadOnlyList<MeasurePoint> Points(MeasureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var points = request.Measure.Key switch
        {
            "akip" => AkipTotal(request),
            "ikm" => Ikm(request),
            "iku" => IkuMean(request),
            "penyerapan" => Penyerapan(request),
            MeasureCatalog.IndicatorCapaian => IndicatorCapaian(request),
            var key when key.StartsWith("akip.", StringComparison.Ordinal) => AkipComponentScores(request, key["akip.".Length..]),
            _ => throw new ArgumentException($"Unknown measure {request.Measure.Key}.", nameof(request)),
        };
        return points
            .Where(p => p.Year >= request.FromYear && p.Year <= request.ToYear)
            .Where(p => request.Units is null || request.Units.Contains(p.Unit))
            .OrderBy(p => p.Unit, StringComparer.Ordinal)
            .ThenBy(p => p.Year)
            .ToList();
    }

    private IReadOnlyList<IndicatorYear> Indicators(MeasureRequest request) =>
        IndicatorYears.Build(read.IndicatorValues(request.Scope, null, request.FromYear, request.ToYear), request.Rules);
}
