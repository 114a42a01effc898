using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Sakip.Analytics.Extraction.Tests.Support;

/// <summary>Writes a one-sheet workbook: strings as inline strings, decimals as numbers.</summary>
public static class XlsxBuilder
{
    public static void Save(string path, string sheetName, IEnumerable<object?[]> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var rowIndex = 1u;
        foreach (var values in rows)
        {
            var row = new Row { RowIndex = rowIndex };
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is null)
                {
                    continue;
                }

                var reference = $"{(char)('A' + i)}{rowIndex}";
                row.Append(values[i] switch
                {
                    decimal number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) },
                    var text => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new S.Text(Convert.ToString(text, CultureInfo.InvariantCulture) ?? string.Empty)) },
                });
            }

            data.Append(row);
            rowIndex++;
        }

        sheetPart.Worksheet = new Worksheet(data);
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName });
        workbook.Workbook.Save();
    }
}
