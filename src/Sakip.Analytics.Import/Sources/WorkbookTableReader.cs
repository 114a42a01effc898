using System.Globalization;
using ExcelDataReader;

namespace Sakip.Analytics.Import.Sources;

/// <summary>Reads the current sheet of a workbook into rows numbered as the spreadsheet shows them.</summary>
internal static class WorkbookTableReader
{
    public static IReadOnlyList<RawRecord> ReadSheet(IExcelDataReader reader)
    {
        var records = new List<RawRecord>();
        while (reader.Read())
        {
            var cells = new RawCell[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = ReadCell(reader, i);
            }

            if (cells.Any(c => !c.IsEmpty))
            {
                // Depth is the 0-based index of the row in the sheet, blank rows included.
                records.Add(new RawRecord(reader.Depth + 1, cells));
            }
        }

        return records;
    }

    private static RawCell ReadCell(IExcelDataReader reader, int index) => reader.GetValue(index) switch
    {
        null => default,
        string text => RawCell.FromText(text),
        double number => NumberCell(number, reader.GetNumberFormatString(index)),
        DateTime date => RawCell.FromText(date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "s", CultureInfo.InvariantCulture)),
        bool flag => RawCell.FromText(flag ? "TRUE" : "FALSE"),
        var other => RawCell.FromText(Convert.ToString(other, CultureInfo.InvariantCulture)),
    };

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    // A cell formatted as a percentage holds the fraction (0.9471) but the report printed 94,71%.
    private static RawCell NumberCell(double number, string? numberFormat)
    {
        if (double.IsNaN(number) || double.IsInfinity(number) || Math.Abs(number) > (double)decimal.MaxValue)
        {
            return RawCell.FromText(number.ToString("R", CultureInfo.InvariantCulture));
        }

        var value = (decimal)number;
        if (numberFormat?.Contains('%', StringComparison.Ordinal) == true)
        {
            // Dividing by 1.000... drops the trailing zeros that the multiplication adds to the scale.
            var percent = value * 100 / 1.000000000000000000000000000000000m;
            return new RawCell(Invariant(percent) + "%", percent, IsTypedPercent: true);
        }

        return new RawCell(Invariant(value), value);
    }
}
