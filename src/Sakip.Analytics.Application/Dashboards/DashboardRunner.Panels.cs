using Sakip.Analytics.Application.Dashboards.Definitions;
using Sakip.Analytics.Application.Dashboards.Measures;
using Sakip.Analytics.Application.Dashboards.Panels;
using Sakip.Analytics.Application.Dashboards.Parameters;
using Sakip.Analytics.Application.Dashboards.ReadModel;
using Sakip.Analytics.Application.Tenancy;

namespace Sakip.Analytics.Application.Dashboards;

public sealed partial class DashboardRunner
{
    private PanelView RunPanel(PanelRun run, PanelDefinition panel)
    {
        var query = queries.Find(panel.Query)!;
        var parameters = ParameterBinder.BindPanel(panel, query.Parameters, run.Values, run.Binding);
        var table = Tidy(query.Run(new PanelContext(run.Scope, run.Profile, run.Units, parameters, run.Read, run.Measures)));
        var wanted = panel.Table?.Columns.Count > 0 ? panel.Table.Columns : table.Columns.Select(c => c.Key);
        var columns = wanted
            .Select(key => table.Column(key)!)
            .Where(c => table.Rows.Any(r => r[c.Key] is not null))
            .ToList();
        return new PanelView(panel, table, columns);
    }

    /// <summary>Queries that describe several measures repeat shared notes; each is shown once.</summary>
    private static PanelTable Tidy(PanelTable table)
    {
        var notes = table.Notes.Distinct(StringComparer.Ordinal).ToList();
        table.Notes.Clear();
        table.Notes.AddRange(notes);
        return table;
    }

    /// <summary>What every panel of one dashboard run shares.</summary>
    private sealed record PanelRun(
        TenantScope Scope,
        IDashboardReadModel Read,
        MeasureSeries Measures,
        TenantProfile Profile,
        IReadOnlyList<UnitEntry> Units,
        ParameterValues Values,
        BindingContext Binding);
}
