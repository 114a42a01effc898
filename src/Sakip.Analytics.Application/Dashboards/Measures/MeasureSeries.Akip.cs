using Sakip.Analytics.Application.Dashboards.Indicators;
using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;

namespace Sakip.Analytics.Application.Dashboards.Measures;

public sealed partial class MeasureSeries
{
    /// <summary>
    /// The Inspektorat's evaluation (LHE) first, the unit's IKU "Nilai AKIP" otherwise. Where both
    /// exist and disagree (Datuk Tanah Datar 2023: recap 70,5, Tabel 3.13 70,05) the LHE value is
    /// used and the other one is named in the notes.
    /// </summary>
    private List<MeasurePoint> AkipTotal(MeasureRequest request)
    {
        var evaluations = read.Akip(request.Scope).Where(a => a.Year >= request.FromYear && a.Year <= request.ToYear).ToList();
        var ikus = Indicators(request).Where(IkuPatterns.IsAkip).ToList();
        var keys = evaluations.Where(a => a.IsRealization && a.Total is not null).Select(a => (a.Unit, a.Year))
            .Concat(ikus.Where(i => i.Realization is not null).Select(i => (i.Unit, i.Year)))
            .Distinct();
        var points = new List<MeasurePoint>();
        foreach (var (unit, year) in keys)
        {
            var lhe = evaluations.Find(a => a.Unit == unit && a.Year == year && a.IsRealization && a.Total is not null);
            var target = evaluations.Find(a => a.Unit == unit && a.Year == year && !a.IsRealization && a.Total is not null);
            var iku = ikus.Find(i => i.Unit == unit && i.Year == year);
            var value = lhe?.Total ?? iku!.Realization!.Value;
            var targetValue = target?.Total ?? iku?.Target;
            var notes = new List<string>();
            if (lhe is not null && iku?.Realization is { } ikuValue && ikuValue != value)
            {
                notes.Add($"IKU '{iku.Name}' mencatat {IdFormat.Number(ikuValue)} ({IdFormat.Source(iku.RealizationSource!)}); dipakai nilai LHE {IdFormat.Number(value)}.");
            }

            if (lhe is not null && ComponentSum(lhe) is { } sum && Math.Abs(sum - value) >= 0.005m)
            {
                notes.Add($"Jumlah komponen {IdFormat.Number(sum)} ≠ total tercetak {IdFormat.Number(value)}.");
            }

            var capaian = request.Rules.Capaian(Polarity.HigherIsBetter, targetValue, value);
            points.Add(new MeasurePoint(unit, year, value, lhe?.Source ?? iku!.RealizationSource, lhe is not null ? "LHE AKIP" : "IKU")
            {
                Realization = value,
                Target = targetValue,
                TargetKind = target is not null ? "Target AKIP" : iku?.TargetKind is { } kind ? ValueKinds.Label(kind) : null,
                TargetSource = target?.Source ?? iku?.TargetSource,
                Capaian = capaian,
                Category = request.Rules.Category(capaian),
                ReportedCapaian = iku?.ReportedCapaian,
                ReportedCapaianSource = iku?.ReportedCapaianSource,
                Grade = lhe?.Predikat ?? iku?.RealizationGrade,
                GradeComputed = AkipScoring.Predikat(value),
                Regulation = (lhe ?? target)?.Regulation,
                Notes = notes,
            });
        }

        return points;
    }

    private List<MeasurePoint> AkipComponentScores(MeasureRequest request, string componentSlug)
    {
        if (!Slugs.TryParseSlug<AkipComponent>(componentSlug, out var component))
        {
            return [];
        }

        var evaluations = read.Akip(request.Scope).Where(a => a.Year >= request.FromYear && a.Year <= request.ToYear).ToList();
        var points = new List<MeasurePoint>();
        foreach (var lhe in evaluations.Where(a => a.IsRealization))
        {
            if (Score(lhe, component) is not { } score || AkipLabels.ParseRegulation(lhe.Regulation) is not { } regulation)
            {
                continue;
            }

            var target = evaluations.Find(a => a.Unit == lhe.Unit && a.Year == lhe.Year && !a.IsRealization);
            var targetScore = target is null ? null : Score(target, component);
            points.Add(new MeasurePoint(lhe.Unit, lhe.Year, score, lhe.Source, "LHE AKIP")
            {
                Realization = score,
                Target = targetScore,
                TargetKind = targetScore is null ? null : "Target AKIP",
                TargetSource = targetScore is null ? null : target!.Source,
                Regulation = lhe.Regulation,
                PercentOfWeight = AkipScoring.PercentOfWeight(regulation, component, score),
            });
        }

        return points;
    }

    internal static decimal? Score(ReadModel.AkipEntry entry, AkipComponent component) => component switch
    {
        AkipComponent.Perencanaan => entry.Perencanaan,
        AkipComponent.Pengukuran => entry.Pengukuran,
        AkipComponent.Pelaporan => entry.Pelaporan,
        AkipComponent.EvaluasiInternal => entry.EvaluasiInternal,
        AkipComponent.Capaian => entry.Capaian,
        _ => null,
    };

    internal static decimal? ComponentSum(ReadModel.AkipEntry entry)
    {
        var scores = Enum.GetValues<AkipComponent>().Select(c => Score(entry, c)).OfType<decimal>().ToList();
        return scores.Count == 0 ? null : AkipScoring.Total(scores);
    }
}
