using System.Globalization;
using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Application.Dashboards.Panels;
using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Web.Formatting;

/// <summary>
/// Cell text in Indonesian format (86,98; 94,71%; Rp 1.234.567; +7,10), shared by the HTML tables
/// and the CSV download so that both show exactly the same text. An empty cell is "".
/// </summary>
public static class CellFormatter
{
    private static CultureInfo Id => WebRegistration.Indonesian;

    public static string Text(PanelColumn column, object? value)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (value is null)
        {
            return "";
        }

        if (Number(value) is not { } number)
        {
            return Convert.ToString(value, Id) ?? "";
        }

        return column.Format switch
        {
            ColumnFormat.Year => number.ToString("0", CultureInfo.InvariantCulture),
            ColumnFormat.Integer => number.ToString("N0", Id),
            ColumnFormat.Percent => number.ToString($"N{column.Decimals}", Id) + "%",
            ColumnFormat.Money => "Rp " + number.ToString("N0", Id),
            ColumnFormat.Points => (number > 0 ? "+" : "") + number.ToString($"N{column.Decimals}", Id),
            ColumnFormat.Number => number.ToString($"N{column.Decimals}", Id),
            _ => Convert.ToString(value, Id) ?? "",
        };
    }

    /// <summary>A machine-sortable value (invariant number) for the table's client-side sorting.</summary>
    public static string? SortKey(object? value) =>
        Number(value)?.ToString(CultureInfo.InvariantCulture);

    public static decimal? Number(object? value) => value switch
    {
        decimal d => d,
        int i => i,
        long l => l,
        double f => (decimal)f,
        _ => null,
    };

    public static string Source(Provenance source) => IdFormat.Source(source);

    public static string Date(DateTime value) => value.ToString("d MMMM yyyy", Id);
}
