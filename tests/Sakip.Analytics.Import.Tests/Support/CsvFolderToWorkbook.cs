using CsvHelper;

namespace Sakip.Analytics.Import.Tests.Support;

/// <summary>Turns a folder of template CSV files into one workbook, every value a text cell on the same row number.</summary>
internal static class CsvFolderToWorkbook
{
    public static void Convert(string folder, string workbookPath)
    {
        var builder = new XlsxBuilder();
        foreach (var file in Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var rows = new SortedDictionary<int, IReadOnlyList<XlsxCell?>>();
            using var reader = CsvReader.FromFile(file, new CsvReaderOptions { Separator = ',', HasHeader = false, TrackLineNumbers = true });
            while (reader.Read())
            {
                rows[(int)reader.LineNumber] = [.. Enumerable.Range(0, reader.FieldCount).Select(i => ToCell(reader.GetString(i)))];
            }

            builder.Sheet(Path.GetFileNameWithoutExtension(file), rows);
        }

        builder.Save(workbookPath);
    }

    private static XlsxCell? ToCell(string value) => value.Length == 0 ? null : XlsxCell.Of(value);
}
