using System.Text;
using Sakip.Analytics.Web.Formatting;

namespace Sakip.Analytics.Web.Export;

/// <summary>
/// The table as RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheet programs read it as
/// UTF-8): a header row of column labels, then every cell exactly as the HTML table shows it.
/// </summary>
public static class CsvExport
{
    public static byte[] Write(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var builder = new StringBuilder();
        AppendLine(builder, table.Columns.Select(c => c.Label));
        foreach (var row in table.Rows)
        {
            AppendLine(builder, table.Columns.Select(c => CellFormatter.Text(c, row[c.Key])));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];
    }

    private static void AppendLine(StringBuilder builder, IEnumerable<string> cells)
    {
        builder.AppendJoin(',', cells.Select(Quote));
        builder.Append("\r\n");
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
