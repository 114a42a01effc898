using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Tables;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>Tables printed one year per row ("Tahun | ..."): the column that holds the years and the rows it names.</summary>
internal static class YearRows
{
    /// <summary>Fewer years than this make a list, not a history.</summary>
    public const int MinimumYears = 2;

    /// <summary>The first column naming a year in at least <see cref="MinimumYears"/> rows, or null.</summary>
    public static TableColumn? Column(TextTable table) => table.Columns.FirstOrDefault(c => Of(table, c).Count() >= MinimumYears);

    /// <summary>The rows whose cell in <paramref name="column"/> is a year label.</summary>
    public static IEnumerable<ReportLine> Of(TextTable table, TableColumn column) =>
        table.DataRows.Where(r => RowShapes.YearOf(table.Cell(r, column.Index)) is not null);
}
