namespace Sakip.Analytics.Web.Tests.Browser;

/// <summary>What the browser reports about one chart: its panel, whether ECharts drew it, and how many data points it holds.</summary>
public sealed class ChartState
{
    public string Panel { get; set; } = "";

    public string Rendered { get; set; } = "";

    public bool HasSvg { get; set; }

    public int Points { get; set; }
}
