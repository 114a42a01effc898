using CsvHelper;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Import.Writing;

namespace Sakip.Analytics.Import;

/// <summary>
/// Writes a batch as a folder of template CSV files that <see cref="TemplateReader"/> reads back to the
/// same facts: for demo data and tests. Only files with rows are written; columns are in the README's order.
/// </summary>
public static class TemplateWriter
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { NewLine = "\n" };

    /// <returns>The paths of the files written.</returns>
    public static IReadOnlyList<string> Write(TemplateBatch batch, string folder)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        WriteFile(folder, TemplateFiles.Tenants, batch.Tenants.Select(TemplateRowValues.Of), written);
        WriteFile(folder, TemplateFiles.Units, batch.Units.Select(TemplateRowValues.Of), written);
        WriteFile(folder, TemplateFiles.CapaianScales, batch.CapaianScales.Select(TemplateRowValues.Of), written);
        WriteFile(folder, TemplateFiles.Indicators, batch.Indicators.Select(TemplateRowValues.Of), written);
        WriteFile(folder, TemplateFiles.Budget, batch.Budget.Select(TemplateRowValues.Of), written);
        WriteFile(folder, TemplateFiles.Akip, batch.Akip.Select(TemplateRowValues.Of), written);
        WriteFile(folder, TemplateFiles.Ikm, batch.Ikm.Select(TemplateRowValues.Of), written);
        WriteFile(folder, TemplateFiles.Notes, batch.Notes.Select(TemplateRowValues.Of), written);
        return written;
    }

    private static void WriteFile(string folder, TemplateFile file, IEnumerable<Dictionary<string, string?>> rows, List<string> written)
    {
        var materialized = rows.ToList();
        if (materialized.Count == 0)
        {
            return;
        }

        var path = Path.Combine(folder, file.FileName);
        var columns = file.ColumnNames.ToArray();
        using (var writer = CsvWriter.ToFile(path, Options))
        {
            writer.WriteHeader(columns);
            foreach (var row in materialized)
            {
                writer.WriteRecord([.. columns.Select(c => row.GetValueOrDefault(c))]);
            }
        }

        written.Add(path);
    }
}
