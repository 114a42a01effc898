using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Application.Dashboards.Measures;
using Sakip.Analytics.Application.Dashboards.Rules;

namespace Sakip.Analytics.Application.Dashboards.Panels.Queries;

/// <summary>The focal unit's peer group for a measure and year: the units of its kind that have a value.</summary>
internal sealed record PeerGroup(string Focal, string KindLabel, MeasureDefinition Measure, int Year, List<MeasurePoint> Points)
{
    public static PeerGroup Of(PanelContext context)
    {
        var focal = context.Parameters.Text("unit");
        var measure = context.Parameters.Measure("measure");
        var year = context.Parameters.Year("year");
        var kind = context.Unit(focal)?.Kind ?? "";
        var members = context.Units.Where(u => u.Kind == kind).Select(u => u.Unit).ToList();
        var points = context.Measures.Points(new MeasureRequest(
            context.Scope, context.Rules, measure, year, year, members, context.Parameters.OptionalText("indicator")))
            .ToList();
        return new PeerGroup(focal, UnitKinds.Label(kind), measure, year, points);
    }

    public MeasurePoint? FocalPoint => Points.Find(p => p.Unit == Focal);

    public PeerStatistics? Statistics => PeerStatistics.Of(Points.Select(p => p.Value));

    public int? FocalRank => FocalPoint is { } point ? PeerStatistics.Rank(Points.Select(p => p.Value), point.Value) : null;

    public string Summary(PanelContext context)
    {
        var name = context.UnitName(Focal);
        if (Statistics is not { } stats)
        {
            return $"Tidak ada unit {KindLabel.ToLowerInvariant()} dengan data {Measure.Label} pada {Year}.";
        }

        var position = FocalRank is { } rank
            ? $"{name} di peringkat {rank} dari {stats.Count}"
            : $"{name} tidak memiliki data";
        return $"{Measure.Label} {Year}, kelompok {KindLabel.ToLowerInvariant()} ({stats.Count} unit dengan data): {position}; " +
               $"median {IdFormat.Number(stats.Median)}, kuartil 1 {IdFormat.Number(stats.Q1)}, kuartil 3 {IdFormat.Number(stats.Q3)}.";
    }
}
