namespace Sakip.Analytics.Application.Dashboards.Panels;

/// <summary>A column a panel query returns: its key (stable, used by charts and the API), its header and format.</summary>
public sealed record PanelColumn(string Key, string Label, ColumnFormat Format = ColumnFormat.Text, int Decimals = 2, string? Description = null)
{
    public bool IsNumeric => Format is not ColumnFormat.Text;
}
