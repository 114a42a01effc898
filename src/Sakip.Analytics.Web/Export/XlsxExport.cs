using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sakip.Analytics.Application.Dashboards.Panels;
using Sakip.Analytics.Web.Formatting;

namespace Sakip.Analytics.Web.Export;

/// <summary>
/// The table as an XLSX workbook: sheet "Data" holds exactly the table's columns and rows (numbers as
/// numbers with a display format, text as text); sheet "Keterangan" holds the notes and the origin.
/// </summary>
public static class XlsxExport
{
    public const string DataSheet = "Data";
    public const string NotesSheet = "Keterangan";

    public static byte[] Write(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            AddSheet(workbook, sheets, 1, DataSheet, DataRows(table), table.Columns.Select(c => Width(c)).ToList());
            var notes = new List<Row> { TextRow(1, [table.Title], XlsxStyles.Header) };
            notes.AddRange(table.Notes.Concat([table.Context]).Select((note, i) => TextRow((uint)i + 2, [note], XlsxStyles.Wrap)));
            AddSheet(workbook, sheets, 2, NotesSheet, notes, [120]);
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static List<Row> DataRows(ExportTable table)
    {
        var rows = new List<Row> { TextRow(1, table.Columns.Select(c => c.Label), XlsxStyles.Header) };
        foreach (var (panelRow, index) in table.Rows.Select((r, i) => (r, i)))
        {
            var row = new Row { RowIndex = (uint)index + 2 };
            foreach (var (column, columnIndex) in table.Columns.Select((c, i) => (c, i)))
            {
                row.Append(DataCell(column, panelRow[column.Key], Reference(columnIndex, index + 2)));
            }

            rows.Add(row);
        }

        return rows;
    }

    private static Cell DataCell(PanelColumn column, object? value, string reference)
    {
        if (column.IsNumeric && CellFormatter.Number(value) is { } number)
        {
            return new Cell
            {
                CellReference = reference,
                CellValue = new CellValue(number),
                DataType = CellValues.Number,
                StyleIndex = XlsxStyles.For(column.Format),
            };
        }

        return TextCell(reference, CellFormatter.Text(column, value), XlsxStyles.Wrap);
    }

    private static Row TextRow(uint index, IEnumerable<string> texts, uint style)
    {
        var row = new Row { RowIndex = index };
        row.Append(texts.Select((text, i) => TextCell(Reference(i, (int)index), text, style)));
        return row;
    }

    private static Cell TextCell(string reference, string text, uint style) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, List<Row> rows, List<double> widths)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
        part.Worksheet = new Worksheet(columns, new SheetData(rows));
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static double Width(PanelColumn column) => column.Format switch
    {
        ColumnFormat.Text => Math.Max(14, Math.Min(60, column.Label.Length + 6)),
        ColumnFormat.Money => 20,
        _ => Math.Max(12, column.Label.Length + 2),
    };

    private static string Reference(int column, int row)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
