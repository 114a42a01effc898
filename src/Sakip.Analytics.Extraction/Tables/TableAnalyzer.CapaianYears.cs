namespace Sakip.Analytics.Extraction.Tables;

internal static partial class TableAnalyzer
{
    // "Target | Realisasi | Capaian | Realisasi | Capaian" over "2023 | | | 2022 |": a second capaian with no
    // year of its own, printed right after a realization of a given year, measures that realization.
    private static void CapaianTakesYearOfItsRealization(List<TableColumn> columns)
    {
        for (var i = 1; i < columns.Count; i++)
        {
            var column = columns[i];
            var earlierCapaian = columns.Take(i - 1).Any(c => c.Role == ColumnRole.Capaian);
            if (column is { Role: ColumnRole.Capaian, Year: null } && earlierCapaian
                && columns[i - 1] is { Role: ColumnRole.Realization, Year: { } year })
            {
                columns[i] = column with { Year = year };
            }
        }
    }
}
