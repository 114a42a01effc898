using System.Globalization;
using Sakip.Analytics.Application.Dashboards;
using Sakip.Analytics.Application.Dashboards.Definitions;
using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Application.Dashboards.Measures;
using Sakip.Analytics.Application.Dashboards.Parameters;
using Sakip.Analytics.Application.Tenancy;
using Sakip.Analytics.Web.Models;

namespace Sakip.Analytics.Web.Dashboards;

/// <summary>The form control of each parameter type, with its choices from the tenant's data.</summary>
public sealed class ParameterFields(DashboardRunner runner)
{
    public ParameterField For(ParameterDefinition parameter, DashboardView view, TenantScope scope, DraftNotice drafts)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(drafts);
        var type = ParameterTypes.Parse(parameter.Type);
        var selected = ParameterTypes.SplitList(view.Canonical.GetValueOrDefault(parameter.Name)).ToHashSet(StringComparer.Ordinal);
        if (type == ParameterType.Indicator && view.Canonical.GetValueOrDefault(parameter.Name) is { Length: > 0 } name)
        {
            selected = [name];
        }

        var options = type switch
        {
            ParameterType.Year => [.. view.Tenant.Years.Reverse().Select(y => new FieldOption(y.ToString(CultureInfo.InvariantCulture), Year(view, y) + (drafts.CoversYear(y) ? " · draf" : "")))],
            ParameterType.Unit or ParameterType.Units => Units(view),
            ParameterType.UnitKind => [.. UnitKinds.FilterOptions().Select(o => new FieldOption(o.Value, o.Label))],
            ParameterType.Measure or ParameterType.Measures => [.. MeasureCatalog.All.Select(m => new FieldOption(m.Key, m.Label))],
            ParameterType.Indicator => Indicators(scope),
            _ => new List<FieldOption>(),
        };
        return new ParameterField(parameter.Name, parameter.Label, parameter.Help, type is ParameterType.Units or ParameterType.Measures, options, selected);
    }

    private static string Year(DashboardView view, int year) =>
        view.Tenant.ReportedYears.Contains(year) ? year.ToString(CultureInfo.InvariantCulture) : $"{year} (target saja)";

    private static List<FieldOption> Units(DashboardView view) =>
        [.. view.Units
            .OrderBy(u => UnitKinds.Label(u.Kind), StringComparer.Ordinal)
            .ThenBy(u => u.Name, StringComparer.Ordinal)
            .Select(u => new FieldOption(u.Unit, u.Name, UnitKinds.Label(u.Kind)))];

    private List<FieldOption> Indicators(TenantScope scope) =>
        [new FieldOption("", "(pilih indikator)"),
         .. runner.IndicatorNames(scope)
            .DistinctBy(i => i.Normalized)
            .Select(i => new FieldOption(i.Name, i.Name, i.IsIku ? "IKU (sasaran/tujuan)" : "Indikator lain"))];
}
