using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Sakip.Analytics.Import.Tests.Support;

/// <summary>Writes XLSX workbooks with DocumentFormat.OpenXml, the way a spreadsheet program would store the cells.</summary>
internal sealed class XlsxBuilder
{
    // Style 1 uses the built-in number format 10, "0.00%".
    private const uint PercentStyle = 1;
    private const uint BuiltInPercentFormat = 10;

    private readonly List<(string Name, SortedDictionary<int, IReadOnlyList<XlsxCell?>> Rows)> _sheets = [];

    /// <summary>Adds a sheet whose rows are numbered from 1, in order.</summary>
    public XlsxBuilder Sheet(string name, params IReadOnlyList<XlsxCell?>[] rows)
    {
        var numbered = new SortedDictionary<int, IReadOnlyList<XlsxCell?>>();
        for (var i = 0; i < rows.Length; i++)
        {
            numbered[i + 1] = rows[i];
        }

        return Sheet(name, numbered);
    }

    /// <summary>Adds a sheet with rows at the given row numbers; the rows in between stay blank.</summary>
    public XlsxBuilder Sheet(string name, SortedDictionary<int, IReadOnlyList<XlsxCell?>> rows)
    {
        _sheets.Add((name, rows));
        return this;
    }

    public void Save(string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        AddStyles(workbookPart);
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        uint sheetId = 1;
        foreach (var (name, rows) in _sheets)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            worksheetPart.Worksheet = new Worksheet(SheetData(rows));
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = sheetId++, Name = name });
        }

        workbookPart.Workbook.Save();
    }

    private static SheetData SheetData(SortedDictionary<int, IReadOnlyList<XlsxCell?>> rows)
    {
        var data = new SheetData();
        foreach (var (rowNumber, cells) in rows)
        {
            var row = new Row { RowIndex = (uint)rowNumber };
            for (var column = 0; column < cells.Count; column++)
            {
                if (cells[column] is { } cell)
                {
                    row.Append(Cell(cell, ColumnName(column) + rowNumber.ToString(CultureInfo.InvariantCulture)));
                }
            }

            data.Append(row);
        }

        return data;
    }

    private static Cell Cell(XlsxCell cell, string reference)
    {
        if (cell.Number is { } number)
        {
            var numeric = new Cell { CellReference = reference, CellValue = new CellValue(number.ToString("R", CultureInfo.InvariantCulture)) };
            if (cell.IsPercent)
            {
                numeric.StyleIndex = PercentStyle;
            }

            return numeric;
        }

        return new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(cell.Text ?? string.Empty) { Space = SpaceProcessingModeValues.Preserve }),
        };
    }

    private static void AddStyles(WorkbookPart workbookPart)
    {
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
            new Borders(new Border()) { Count = 1 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { NumberFormatId = BuiltInPercentFormat, ApplyNumberFormat = true })
            { Count = 2 });
    }

    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }

        return name;
    }
}
