using Sakip.Analytics.Import.Mapping;
using Sakip.Analytics.Import.Sources;
using Sakip.Analytics.Import.Validation;

namespace Sakip.Analytics.Import;

/// <summary>
/// Reads and checks a template batch (README, "Template"): a folder of CSV files or one XLSX workbook.
/// Every error of every file is reported at once; a batch with any error yields no facts.
/// </summary>
public static class TemplateReader
{
    /// <param name="path">A folder of template CSV files, or an .xlsx workbook with one sheet per file.</param>
    /// <param name="isKnownTenant">Whether the store already holds this tenant, for batches that do not define it.</param>
    /// <param name="isKnownUnit">Whether the store already holds this (tenant, unit), for batches that do not define it.</param>
    public static ImportReadResult Read(
        string path,
        Func<string, bool>? isKnownTenant = null,
        Func<string, string, bool>? isKnownUnit = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var errors = new ErrorCollector();
        var source = OpenSource(path, errors);
        if (source is null)
        {
            return ImportReadResult.Failure(errors.Sorted());
        }

        return BatchAssembler.Assemble(source, errors, isKnownTenant, isKnownUnit);
    }

    private static BatchSource? OpenSource(string path, ErrorCollector errors)
    {
        if (Directory.Exists(path))
        {
            return FolderSource.Read(path, errors);
        }

        if (!File.Exists(path))
        {
            errors.Add(DisplayName(path), 0, string.Empty, Reasons.PathNotFound(path));
            return null;
        }

        if (!string.Equals(Path.GetExtension(path), ".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(DisplayName(path), 0, string.Empty, Reasons.NotFolderOrWorkbook(path));
            return null;
        }

        return WorkbookSource.Read(path, errors);
    }

    internal static string DisplayName(string path) =>
        Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
}
