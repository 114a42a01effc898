using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Sakip.Analytics.Application.Dashboards;
using Sakip.Analytics.Web.Caching;
using Sakip.Analytics.Web.Dashboards;
using Sakip.Analytics.Web.Export;

namespace Sakip.Analytics.Web.Controllers;

/// <summary>CSV and XLSX downloads of exactly the table a panel shows, for the same selections.</summary>
[OutputCache(PolicyName = PublicCache.Policy)]
public sealed class DownloadController(DashboardRunner runner, RequestScopes scopes) : Controller
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet("/{tenant:slug}/{dashboard:slug}/{panel:slug}.csv")]
    public IActionResult Csv(string tenant, string dashboard, string panel)
    {
        var (view, table, drafts) = Table(tenant, dashboard, panel);
        return File(CsvExport.Write(table), "text/csv; charset=utf-8", FileName(view, "csv", drafts));
    }

    [HttpGet("/{tenant:slug}/{dashboard:slug}/{panel:slug}.xlsx")]
    public IActionResult Xlsx(string tenant, string dashboard, string panel)
    {
        var (view, table, drafts) = Table(tenant, dashboard, panel);
        return File(XlsxExport.Write(table), XlsxContentType, FileName(view, "xlsx", drafts));
    }

    private (DashboardView View, ExportTable Table, bool Drafts) Table(string tenant, string dashboard, string panel)
    {
        var scope = scopes.For(HttpContext, tenant);
        var view = runner.Run(scope, dashboard, QueryValues.From(Request.Query), panel);
        var url = DashboardUrls.Page(tenant, view.Definition, view.Canonical);
        return (view, ExportTable.Of(view, view.Panels[0], url), scope.IncludesDrafts);
    }

    /// <summary>A download that may hold drafts says so in its name, so a saved copy is not taken for published figures.</summary>
    private static string FileName(DashboardView view, string extension, bool drafts)
    {
        var name = ExportTable.FileName(view, view.Panels[0], extension);
        return drafts ? $"{Path.GetFileNameWithoutExtension(name)}-termasuk-draf.{extension}" : name;
    }
}
