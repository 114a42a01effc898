namespace Sakip.Analytics.Extraction.Documents;

/// <summary>Chooses the reader for a report file by its extension: .docx, .xlsx, anything else as text.</summary>
public static class ReportReaders
{
    public static ReportDocument Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".docx" => DocxReportReader.Read(path),
            ".xlsx" or ".xls" => WorkbookReportReader.Read(path),
            _ => TextReportReader.ReadFile(path),
        };
    }
}
