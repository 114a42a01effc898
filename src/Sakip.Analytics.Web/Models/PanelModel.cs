using Sakip.Analytics.Application.Dashboards;

namespace Sakip.Analytics.Web.Models;

/// <summary>A panel as the page renders it: the result, the chart payload (JSON for a data attribute) and the download links.</summary>
public sealed record PanelModel(PanelView View, string DomId, string? ChartJson, string CsvUrl, string XlsxUrl)
{
    public bool HasChart => ChartJson is not null;
}
