using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace Sakip.Analytics.Extraction.Documents;

/// <summary>
/// Reads a workbook (a budget realisation export, usually): one page per sheet, one line per
/// spreadsheet row numbered as the spreadsheet shows it, every row a line of cells.
/// </summary>
public static class WorkbookReportReader
{
    public static ReportDocument Read(string path)
    {
        // ExcelDataReader looks up legacy code pages, which .NET only provides through this provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var pages = new List<ReportPage>();
        do
        {
            pages.Add(new ReportPage(reader.Name, ReadSheet(reader)));
        }
        while (reader.NextResult());

        return new ReportDocument(Path.GetFileName(path), ReportFormat.Workbook, pages);
    }

    private static List<ReportLine> ReadSheet(IExcelDataReader reader)
    {
        var lines = new List<ReportLine>();
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = PrintedCell.Of(CellText(reader, i));
            }

            var last = Array.FindLastIndex(cells, c => c.Length > 0);
            IReadOnlyList<string> kept = last < 0 ? [] : cells[..(last + 1)];
            lines.Add(new ReportLine(reader.Depth + 1, string.Join('\t', kept), kept.Count >= 2 ? kept : kept.Count == 1 ? kept : []));
        }

        return lines;
    }

    private static string CellText(IExcelDataReader reader, int index) => reader.GetValue(index) switch
    {
        null => string.Empty,
        string text => text.Trim(),
        double number => NumberText(number, reader.GetNumberFormatString(index)),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var other => Convert.ToString(other, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty,
    };

    // Written with a decimal comma and no grouping, so the printed-value parser reads back the same
    // number: an invariant "1.500" would read as one thousand five hundred.
    private static string NumberText(double number, string? format)
    {
        if (double.IsNaN(number) || double.IsInfinity(number) || Math.Abs(number) > 7.9e27)
        {
            return number.ToString("R", CultureInfo.InvariantCulture);
        }

        var value = (decimal)number;
        if (format?.Contains('%', StringComparison.Ordinal) == true)
        {
            return Invariant(Math.Round(value * 100, 10)) + "%";
        }

        return Invariant(value);
    }

    private static string Invariant(decimal value) =>
        value.ToString(CultureInfo.InvariantCulture).Replace('.', ',');
}
