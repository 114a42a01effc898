using Sakip.Analytics.Application.Dashboards;
using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Application.Dashboards.ReadModel;
using Sakip.Analytics.Application.Tenancy;

namespace Sakip.Analytics.Web.Dashboards;

/// <summary>
/// The questions a new user can start from on the home page, phrased for each tenant's data and
/// linking into the dashboards that answer them. A question whose dashboard or data is missing is left out.
/// </summary>
public sealed class HomeQuestions(DashboardRunner runner, ReadModelCache cache)
{
    public IReadOnlyList<(string Question, string Url)> For(TenantProfile tenant, UnitEntry? reporting, IReadOnlyList<UnitEntry> units)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(units);
        var questions = new List<(string, string)>();
        if (tenant.LastYear is not { } latest || tenant.FirstYear is not { } first)
        {
            return questions;
        }

        var scope = PublicScope.Of(tenant.Tenant);
        var read = cache.Current();
        var akip = read.Akip(scope).Where(a => a.IsRealization).ToList();
        var latestAkip = akip.Count == 0 ? (int?)null : akip.Max(a => a.Year);
        if (latestAkip is { } akipYear && akip.Count(a => a.Year == akipYear) > 1)
        {
            Add(questions, runner.Dashboards.Landing.Id, $"OPD mana yang nilai AKIP-nya terbaik pada {akipYear}?", ("year", $"{akipYear}"));
        }

        if (reporting is null)
        {
            return questions;
        }

        var peers = units.Count(u => u.Kind == reporting.Kind) - 1;
        var kind = UnitKinds.Label(reporting.Kind).ToLowerInvariant();
        if (latestAkip is { } year && peers > 0)
        {
            Add(questions, "benchmark", $"Di peringkat berapa {reporting.Name} di antara {peers + 1} {kind} dalam nilai AKIP {year}?",
                ("unit", reporting.Unit), ("measure", "akip"), ("to", $"{year}"));
        }

        Add(questions, "tren", TrendQuestion(read, scope, reporting, first, latest), ("unit", reporting.Unit));
        if (peers > 0 && latest > first)
        {
            Add(questions, "benchmark", $"{reporting.Name} dibandingkan {kind} sejenis, {latest - 1}-{latest}: siapa unggul, berapa poin?",
                ("unit", reporting.Unit), ("from", $"{latest - 1}"), ("to", $"{latest}"));
        }

        if (runner.Dashboards.UnitPage is not null)
        {
            questions.Add(($"Profil lengkap {reporting.Name}: indikator, anggaran, AKIP, IKM, dengan sumber setiap angka", DashboardUrls.Unit(tenant.Tenant, reporting.Unit)));
        }

        return questions;

        void Add(List<(string, string)> list, string dashboard, string question, params (string Name, string Value)[] values)
        {
            if (runner.Dashboards.Find(dashboard) is { } definition)
            {
                list.Add((question, DashboardUrls.Page(tenant.Tenant, definition, values.ToDictionary(v => v.Name, v => v.Value))));
            }
        }
    }

    /// <summary>Names what the unit's trend actually holds: IKM and/or AKIP, else its IKU.</summary>
    private static string TrendQuestion(IDashboardReadModel read, TenantScope scope, UnitEntry unit, int first, int latest)
    {
        var names = read.IndicatorValues(scope, unit.Unit).Select(v => v.Name).ToList();
        var hasAkip = read.Akip(scope, unit.Unit).Count > 0 || names.Exists(n => n.Contains("akip", StringComparison.OrdinalIgnoreCase));
        var hasIkm = read.Ikm(scope, unit.Unit).Count > 0 || names.Exists(n => n.Contains("kepuasan masyarakat", StringComparison.OrdinalIgnoreCase));
        var what = (hasIkm, hasAkip) switch
        {
            (true, true) => "IKM dan nilai AKIP",
            (true, false) => "IKM dan IKU lainnya",
            (false, true) => "nilai AKIP dan IKU lainnya",
            _ => "IKU",
        };
        return first == latest
            ? $"Bagaimana {what} {unit.Name} {latest} terhadap target PK dan target Renstra sampai akhir periode?"
            : $"Bagaimana {what} {unit.Name} bergerak {first}-{latest} terhadap targetnya?";
    }
}
