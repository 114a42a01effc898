using System.Text;
using ExcelDataReader;
using Sakip.Analytics.Import.Validation;

namespace Sakip.Analytics.Import.Sources;

/// <summary>A batch given as one XLSX workbook whose sheets are named like the template files.</summary>
internal static class WorkbookSource
{
    static WorkbookSource() =>
        // ExcelDataReader looks up legacy code pages, which .NET only provides through this provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <returns>The sheets read, or null when the file is not a readable workbook.</returns>
    public static BatchSource? Read(string path, ErrorCollector errors)
    {
        var bytes = File.ReadAllBytes(path);
        var workbookName = Path.GetFileName(path);
        var tables = new List<RawTable>();
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            do
            {
                var label = $"{workbookName}!{reader.Name}";
                var records = WorkbookTableReader.ReadSheet(reader);
                if (TemplateFiles.BySheetName(reader.Name) is { } file)
                {
                    tables.Add(new RawTable(file, label, records));
                }
                else if (records.Count > 0)
                {
                    // An empty "Sheet1" left by the spreadsheet program is harmless; a sheet with data is not.
                    errors.Add(label, 0, string.Empty, Reasons.UnknownSheet(reader.Name, TemplateFiles.All.Select(f => f.Name)));
                }
            }
            while (reader.NextResult());
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // ExcelDataReader throws several unrelated exception types for a damaged or non-XLSX file.
            errors.Add(workbookName, 0, string.Empty, Reasons.Unreadable(exception.Message));
            return null;
        }

        if (tables.Count == 0)
        {
            errors.Add(workbookName, 0, string.Empty, Reasons.EmptyBatch(TemplateFiles.All.Select(f => f.Name)));
        }

        var ordered = tables.OrderBy(t => TemplateFiles.OrderOf(t.File)).ToList();
        return new BatchSource(Path.GetFullPath(path), ContentHash.OfBytes(bytes), ordered);
    }
}
