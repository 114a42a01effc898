using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Import.Validation;

/// <summary>Gathers every error of a batch; reading never stops at the first one.</summary>
internal sealed class ErrorCollector
{
    private readonly List<ImportError> _errors = [];

    public int Count => _errors.Count;

    public void Add(string file, int row, string column, string reason) =>
        _errors.Add(new ImportError(file, row, column, reason));

    /// <summary>
    /// Errors by file (batch-level and unknown files first, then the template files in reading order),
    /// then by row; within a row, in the order found.
    /// </summary>
    public IReadOnlyList<ImportError> Sorted() =>
        [.. _errors.OrderBy(e => RankOf(e.File)).ThenBy(e => e.Row)];

    // A label is "indicators.csv" or "book.xlsx!indicators".
    private static int RankOf(string label)
    {
        var sheet = label.LastIndexOf('!');
        var file = sheet >= 0 ? TemplateFiles.BySheetName(label[(sheet + 1)..]) : TemplateFiles.ByFileName(label);
        return file is null ? -1 : TemplateFiles.OrderOf(file);
    }
}
