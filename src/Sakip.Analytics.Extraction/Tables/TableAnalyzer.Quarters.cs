namespace Sakip.Analytics.Extraction.Tables;

internal static partial class TableAnalyzer
{
    /// <summary>
    /// "Target | Realisasi TW IV | Capaian": the last quarter's realization printed as the only quarter, with no realization
    /// of the year beside it, is the year's realization. Quarters printed one by one stay quarters: their last may be the
    /// quarter's own figure, not the year's.
    /// </summary>
    private static void LastQuarterAloneIsRealization(List<TableColumn> columns)
    {
        var quarters = columns.Where(c => ColumnClassifier.QuarterOf(string.Join(' ', c.Labels)) is not null).ToList();
        if (quarters is not [var last] || ColumnClassifier.QuarterOf(string.Join(' ', last.Labels)) != 4
            || !last.Labels.Any(l => l.Contains("realisasi", StringComparison.OrdinalIgnoreCase))
            || columns.Exists(c => c.Role == ColumnRole.Realization))
        {
            return;
        }

        columns[last.Index] = last with { Role = ColumnRole.Realization };
    }
}
