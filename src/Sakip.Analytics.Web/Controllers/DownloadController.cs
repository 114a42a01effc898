using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Sakip.Analytics.Application.Dashboards;
using Sakip.Analytics.Web.Caching;
using Sakip.Analytics.Web.Dashboards;
using Sakip.Analytics.Web.Export;

namespace Sakip.Analytics.Web.Controllers;

/// <summary>CSV and XLSX downloads of exactly the table a panel shows, for the same selections.</summary>
[OutputCache(PolicyName = PublicCache.Policy)]
public sealed class DownloadController(DashboardRunner runner) : Controller
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet("/{tenant:slug}/{dashboard:slug}/{panel:slug}.csv")]
    public IActionResult Csv(string tenant, string dashboard, string panel)
    {
        var (view, table) = Table(tenant, dashboard, panel);
        return File(CsvExport.Write(table), "text/csv; charset=utf-8", ExportTable.FileName(view, view.Panels[0], "csv"));
    }

    [HttpGet("/{tenant:slug}/{dashboard:slug}/{panel:slug}.xlsx")]
    public IActionResult Xlsx(string tenant, string dashboard, string panel)
    {
        var (view, table) = Table(tenant, dashboard, panel);
        return File(XlsxExport.Write(table), XlsxContentType, ExportTable.FileName(view, view.Panels[0], "xlsx"));
    }

    private (DashboardView View, ExportTable Table) Table(string tenant, string dashboard, string panel)
    {
        var view = runner.Run(PublicScope.Of(tenant), dashboard, QueryValues.From(Request.Query), panel);
        var url = DashboardUrls.Page(tenant, view.Definition, view.Canonical);
        return (view, ExportTable.Of(view, view.Panels[0], url));
    }
}
