using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Tables;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class BudgetTableReader
{
    private static readonly ColumnRole[] LevelRoles = [ColumnRole.Program, ColumnRole.Kegiatan, ColumnRole.SubKegiatan];

    /// <summary>
    /// "Program | Kegiatan | Sub Kegiatan | Anggaran | Realisasi": each row prints its name in the column
    /// of its level, the others left empty. Null when the table has one name column for all levels.
    /// </summary>
    private static BudgetLevel? LevelOfNameColumn(TextTable table, ReportLine row)
    {
        var levelColumns = table.Columns.Where(c => LevelRoles.Contains(c.Role)).ToList();
        if (levelColumns.Select(c => c.Role).Distinct().Count() < 2)
        {
            return null;
        }

        var filled = levelColumns.Where(c => table.Cell(row, c.Index).Trim().Length > 0).ToList();
        return filled.Count == 1 ? BudgetLevels.FromColumn(filled[0].Role) : null;
    }
}
