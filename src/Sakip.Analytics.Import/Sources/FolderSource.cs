using System.Text;
using Sakip.Analytics.Import.Validation;

namespace Sakip.Analytics.Import.Sources;

/// <summary>
/// A batch given as a folder of CSV files. Files that are not CSV are ignored (a README or a PDF may
/// sit next to the data); a CSV whose name is not a template file is an error, since it is most likely
/// a misspelt one whose rows would otherwise be silently dropped.
/// </summary>
internal static class FolderSource
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static BatchSource Read(string folder, ErrorCollector errors)
    {
        var recognised = new List<(TemplateFile File, string Name, byte[] Bytes)>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (!string.Equals(Path.GetExtension(name), ".csv", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (TemplateFiles.ByFileName(name) is { } file)
            {
                recognised.Add((file, name, File.ReadAllBytes(path)));
            }
            else
            {
                errors.Add(name, 0, string.Empty, Reasons.UnknownFile(name, TemplateFiles.All.Select(f => f.FileName)));
            }
        }

        if (recognised.Count == 0)
        {
            errors.Add(TemplateReader.DisplayName(folder), 0, string.Empty, Reasons.EmptyBatch(TemplateFiles.All.Select(f => f.FileName)));
        }

        var tables = recognised
            .OrderBy(r => TemplateFiles.OrderOf(r.File))
            .Select(r => ReadTable(r.File, r.Name, r.Bytes, errors))
            .OfType<RawTable>()
            .ToList();
        var hash = ContentHash.OfFiles(recognised.Select(r => (r.Name, r.Bytes)));
        return new BatchSource(Path.GetFullPath(folder), hash, tables);
    }

    private static RawTable? ReadTable(TemplateFile file, string name, byte[] bytes, ErrorCollector errors)
    {
        string text;
        try
        {
            // Decoding strictly catches a file saved as Windows-1252, whose accented letters would otherwise turn into U+FFFD.
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            errors.Add(name, 0, string.Empty, Reasons.NotUtf8);
            return null;
        }

        return CsvTableReader.Read(file, name, text.TrimStart('\uFEFF'), errors);
    }
}
