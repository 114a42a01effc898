using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

internal static partial class TableAnalyzer
{
    // "Target | Capaian | %", "Target | Pencapaian | Persentase Capaian (%)": where a table prints no realization,
    // a capaian column without a percent mark, right after a target and right before a capaian column with one,
    // holds the realization ("capaian" in its everyday sense); the percentage beside it is the capaian.
    private static void CapaianBeforePercentIsRealization(List<TableColumn> columns)
    {
        if (columns.Exists(c => c.Role == ColumnRole.Realization))
        {
            return;
        }

        for (var i = 1; i + 1 < columns.Count; i++)
        {
            var (before, column, after) = (columns[i - 1], columns[i], columns[i + 1]);
            if (before.Role == ColumnRole.Target && column.Role == ColumnRole.Capaian && after.Role == ColumnRole.Capaian
                && !MarksPercent(column) && MarksPercent(after) && column.Group == after.Group)
            {
                columns[i] = column with { Role = ColumnRole.Realization };
            }
        }
    }

    private static bool MarksPercent(TableColumn column)
    {
        var bottom = NameKey.Of(column.Labels.LastOrDefault(l => l.Length > 0)?.Replace("%", " persen ", StringComparison.Ordinal));
        return Has(bottom, "persen") || Has(bottom, "persentase") || Has(bottom, "prosentase");
    }
}
