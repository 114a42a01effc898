using Sakip.Analytics.Application.Dashboards;
using Sakip.Analytics.Application.Dashboards.Panels;

namespace Sakip.Analytics.Web.Export;

/// <summary>What a download holds: the panel's visible columns and rows, plus where it came from.</summary>
public sealed record ExportTable(string Title, IReadOnlyList<PanelColumn> Columns, IReadOnlyList<PanelRow> Rows, IReadOnlyList<string> Notes, string Context)
{
    public static ExportTable Of(DashboardView view, PanelView panel, string url)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(panel);
        var parameters = string.Join(", ", view.Canonical.Where(p => p.Value.Length > 0).Select(p => $"{p.Key}={p.Value}"));
        return new ExportTable(
            panel.Definition.Title,
            panel.TableColumns,
            panel.Table.Rows,
            panel.Table.Notes,
            $"{view.Definition.Title} · {view.Tenant.Name} · {parameters} · {url}");
    }

    /// <summary>A file name from the tenant, dashboard, panel and parameter values.</summary>
    public static string FileName(DashboardView view, PanelView panel, string extension)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(panel);
        var values = view.Canonical.Values.Where(v => v.Length > 0 && v.Length <= 40).Select(v => v.Replace(',', '+'));
        var name = string.Join('-', new[] { view.Tenant.Tenant, view.Definition.Id, panel.Definition.Id }.Concat(values));
        var safe = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '+' or '_' ? c : '_').ToArray());
        return $"{safe}.{extension}";
    }
}
