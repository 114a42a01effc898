using Sakip.Analytics.Application.Dashboards.Panels;
using Sakip.Analytics.Application.Dashboards.Parameters;

namespace Sakip.Analytics.Application.Dashboards.Definitions;

/// <summary>Checks one panel: its query exists, its parameters bind, its chart and table name real columns.</summary>
internal static class PanelValidator
{
    public static void Validate(DashboardDefinition dashboard, PanelDefinition panel, int index, PanelQueryCatalog queries, List<string> faults)
    {
        var name = panel.Id.Length > 0 ? $"panel '{panel.Id}'" : $"panel #{index + 1}";
        if (!ParameterTypes.Slug().IsMatch(panel.Id))
        {
            faults.Add(panel.Id.Length == 0 ? $"{name} is missing its id" : $"{name}: id is not a slug (a-z, 0-9, -)");
        }

        if (string.IsNullOrWhiteSpace(panel.Title))
        {
            faults.Add($"{name} is missing its title");
        }

        if (panel.Width is < 1 or > 12)
        {
            faults.Add($"{name}: width {panel.Width} is outside 1-12");
        }

        if (queries.Find(panel.Query) is not { } query)
        {
            faults.Add(panel.Query.Length == 0
                ? $"{name} is missing its query"
                : $"{name}: unknown query '{panel.Query}' (known: {queries.Names})");
            return;
        }

        ValidateBindings(dashboard, panel, query, name, faults);
        var columns = query.Columns.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        if (panel.Chart is null)
        {
            faults.Add($"{name} is missing its chart (use \"type\": \"table\" for a table only)");
        }
        else
        {
            faults.AddRange(ChartTypes.Check(panel.Chart).Select(f => $"{name}: {f}"));
            faults.AddRange(panel.Chart.ColumnReferences().Where(r => !columns.Contains(r.Column))
                .Select(r => $"{name}: chart {r.Field} names unknown column '{r.Column}' of query '{query.Name}'"));
        }

        if (panel.Table is { } table)
        {
            faults.AddRange(table.Columns.Where(c => !columns.Contains(c))
                .Select(c => $"{name}: table names unknown column '{c}' of query '{query.Name}'"));
        }
    }

    private static void ValidateBindings(DashboardDefinition dashboard, PanelDefinition panel, IPanelQuery query, string name, List<string> faults)
    {
        foreach (var key in panel.Bind.Keys.Where(k => query.Parameters.All(p => p.Name != k)))
        {
            faults.Add($"{name}: binds '{key}', which query '{query.Name}' does not take");
        }

        foreach (var parameter in query.Parameters)
        {
            if (panel.Bind.TryGetValue(parameter.Name, out var binding))
            {
                if (binding.StartsWith('$'))
                {
                    CheckReference(dashboard, parameter, binding[1..], name, faults);
                }
                else if (ParameterTypes.CheckLiteral(parameter.Type, binding) is { } fault)
                {
                    faults.Add($"{name}: binding of '{parameter.Name}': {fault}");
                }
            }
            else if (dashboard.Parameter(parameter.Name) is not null)
            {
                CheckReference(dashboard, parameter, parameter.Name, name, faults);
            }
            else if (parameter.Required)
            {
                faults.Add($"{name}: query '{query.Name}' needs parameter '{parameter.Name}' ({ParameterTypes.Name(parameter.Type)}), which the dashboard neither declares nor binds");
            }
        }
    }

    private static void CheckReference(DashboardDefinition dashboard, QueryParameter parameter, string reference, string name, List<string> faults)
    {
        if (dashboard.Parameter(reference) is not { } target)
        {
            faults.Add($"{name}: binding of '{parameter.Name}' refers to unknown dashboard parameter '{reference}'");
        }
        else if (ParameterTypes.Parse(target.Type) is { } type && type != parameter.Type)
        {
            faults.Add($"{name}: query parameter '{parameter.Name}' is a {ParameterTypes.Name(parameter.Type)} but dashboard parameter '{reference}' is a {target.Type}");
        }
    }
}
