using Sakip.Analytics.Application.Dashboards.ReadModel;

namespace Sakip.Analytics.Application.Dashboards.Rules;

/// <summary>
/// Which target a year's capaian is measured against when several were printed: the PK target
/// (what the reports' measurement tables use), else the PK Perubahan target, else the Renstra
/// target. The kind used is always shown next to the figure.
/// </summary>
public static class TargetChoice
{
    public static IReadOnlyList<string> Precedence { get; } = ["target", "target_revised", "renstra_target"];

    public static IndicatorValueEntry? Pick(IEnumerable<IndicatorValueEntry> valuesOfOneYear)
    {
        ArgumentNullException.ThrowIfNull(valuesOfOneYear);
        var candidates = valuesOfOneYear.Where(v => v.Value is not null).ToList();
        return Precedence.Select(kind => candidates.Find(v => v.Kind == kind)).FirstOrDefault(v => v is not null);
    }
}
