namespace Sakip.Analytics.Extraction.Documents;

public enum ReportFormat
{
    /// <summary>PDF converted to text: table cells separated by tabs.</summary>
    Text,

    /// <summary>A Word report: tables read from w:tbl, one line per paragraph or table row.</summary>
    Docx,

    /// <summary>A budget realisation workbook: one page per sheet, one line per row.</summary>
    Workbook,
}
