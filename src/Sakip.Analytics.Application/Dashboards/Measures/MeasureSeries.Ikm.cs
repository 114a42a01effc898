using Sakip.Analytics.Application.Dashboards.Indicators;
using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;

namespace Sakip.Analytics.Application.Dashboards.Measures;

public sealed partial class MeasureSeries
{
    /// <summary>The survey result first, the unit's IKU IKM otherwise; targets come from the IKU.</summary>
    private List<MeasurePoint> Ikm(MeasureRequest request)
    {
        var surveys = read.Ikm(request.Scope).Where(s => s.Year >= request.FromYear && s.Year <= request.ToYear && s.Ikm is not null).ToList();
        var ikus = Indicators(request).Where(IkuPatterns.IsIkm).ToList();
        var keys = surveys.Select(s => (s.Unit, s.Year))
            .Concat(ikus.Where(i => i.Realization is not null).Select(i => (i.Unit, i.Year)))
            .Distinct();
        var points = new List<MeasurePoint>();
        foreach (var (unit, year) in keys)
        {
            var survey = surveys.Find(s => s.Unit == unit && s.Year == year);
            var iku = ikus.Find(i => i.Unit == unit && i.Year == year && i.Realization is not null)
                ?? ikus.Find(i => i.Unit == unit && i.Year == year);
            var value = survey?.Ikm ?? iku!.Realization!.Value;
            var notes = new List<string>();
            if (survey is not null && iku?.Realization is { } ikuValue && ikuValue != value)
            {
                notes.Add($"IKU '{iku.Name}' mencatat {IdFormat.Number(ikuValue)} ({IdFormat.Source(iku.RealizationSource!)}); dipakai hasil survei {IdFormat.Number(value)}.");
            }

            var capaian = request.Rules.Capaian(Polarity.HigherIsBetter, iku?.Target, value);
            points.Add(new MeasurePoint(unit, year, value, survey?.Source ?? iku!.RealizationSource, survey is not null ? "Survei IKM" : "IKU")
            {
                Realization = value,
                Target = iku?.Target,
                TargetKind = iku?.TargetKind is { } kind ? ValueKinds.Label(kind) : null,
                TargetSource = iku?.TargetSource,
                Capaian = capaian,
                Category = request.Rules.Category(capaian),
                ReportedCapaian = iku?.ReportedCapaian,
                ReportedCapaianSource = iku?.ReportedCapaianSource,
                Grade = survey?.Mutu ?? iku?.RealizationGrade,
                GradeComputed = IkmCalculator.Mutu(value)?.Grade,
                Notes = notes,
            });
        }

        return points;
    }
}
