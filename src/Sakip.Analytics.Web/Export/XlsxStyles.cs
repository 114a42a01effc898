using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Sakip.Analytics.Application.Dashboards.Panels;

namespace Sakip.Analytics.Web.Export;

/// <summary>The workbook's cell styles: a bold header and one number format per column format.</summary>
internal static class XlsxStyles
{
    public const uint Header = 1;
    public const uint Wrap = 2;

    private static readonly (ColumnFormat Format, uint NumberFormatId, string Code)[] Formats =
    [
        (ColumnFormat.Year, 1, "0"),
        (ColumnFormat.Integer, 3, "#,##0"),
        (ColumnFormat.Number, 164, "#,##0.00"),
        (ColumnFormat.Percent, 165, "#,##0.00\"%\""),
        (ColumnFormat.Money, 166, "\"Rp \"#,##0"),
        (ColumnFormat.Points, 167, "+#,##0.00;-#,##0.00;0.00"),
    ];

    /// <summary>The style index of a numeric cell of <paramref name="format"/>.</summary>
    public static uint For(ColumnFormat format) => (uint)(3 + Array.FindIndex(Formats, f => f.Format == format));

    public static Stylesheet Create()
    {
        var numberingFormats = new NumberingFormats(Formats.Where(f => f.NumberFormatId >= 164)
            .Select(f => new NumberingFormat { NumberFormatId = f.NumberFormatId, FormatCode = f.Code }));
        numberingFormats.Count = (uint)numberingFormats.ChildElements.Count;
        var cellFormats = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top } },
            new CellFormat { Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }, ApplyAlignment = true });
        foreach (var format in Formats)
        {
            cellFormats.Append(new CellFormat { NumberFormatId = format.NumberFormatId, ApplyNumberFormat = true });
        }

        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        return new Stylesheet(
            numberingFormats,
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            cellFormats);
    }
}
