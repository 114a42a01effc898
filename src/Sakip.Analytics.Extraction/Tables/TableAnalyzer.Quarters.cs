namespace Sakip.Analytics.Extraction.Tables;

internal static partial class TableAnalyzer
{
    /// <summary>
    /// "Target | Realisasi TW IV | Capaian": the last quarter's realization printed as the only quarter, beside a target and
    /// no realization of the year, is the year's realization. Quarters printed one by one stay quarters (their last may be
    /// the quarter's own figure, not the year's) unless the capaian is worked out from the last one (see
    /// <see cref="LastOfQuartersBeforeCapaian"/>), and so does what the words read as without the quarter, such as money
    /// spent ("Realisasi Keuangan TW IV").
    /// </summary>
    private static void LastQuarterAloneIsRealization(List<TableColumn> columns)
    {
        var quarters = columns.Where(c => ColumnClassifier.QuarterOf(string.Join(' ', c.Labels)) is not null).ToList();
        if (quarters is not [var last] || ColumnClassifier.QuarterOf(string.Join(' ', last.Labels)) != 4
            || !columns.Exists(c => c.Role == ColumnRole.Target) || columns.Exists(c => c.Role == ColumnRole.Realization))
        {
            return;
        }

        if (ColumnClassifier.Classify([.. last.Labels.Select(ColumnClassifier.WithoutQuarter)]).Role == ColumnRole.Realization)
        {
            columns[last.Index] = last with { Role = ColumnRole.Realization };
        }
    }
}
