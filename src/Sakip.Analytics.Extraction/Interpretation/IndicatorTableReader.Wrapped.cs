using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class IndicatorTableReader
{
    private static readonly ColumnRole[] NameRoles =
    [
        ColumnRole.Indicator, ColumnRole.Tujuan, ColumnRole.Sasaran, ColumnRole.Program, ColumnRole.Kegiatan, ColumnRole.SubKegiatan,
        ColumnRole.ProgramOrKegiatan, ColumnRole.Name,
    ];

    /// <summary>
    /// The data rows with indicator names wrapped over several lines put back together ("Persentase ASN
    /// yang Dijatuhi" over "Hukuman Disiplin"): a row with no figure whose words continue the indicator
    /// (and the name columns beside it) of the row of figures above is joined to that row.
    /// </summary>
    private static List<ReportLine> Unwrapped(TextTable table)
    {
        var names = table.Columns.Where(c => NameRoles.Contains(c.Role)).Select(c => c.Index).ToHashSet();
        var indicators = table.ColumnsWith(ColumnRole.Indicator).Select(c => c.Index).ToHashSet();
        var figures = table.Columns.Where(c => !NameRoles.Contains(c.Role) && c.Role != ColumnRole.RowNumber).Select(c => c.Index).ToHashSet();
        var rows = new List<ReportLine>();
        foreach (var row in table.DataRows)
        {
            if (rows.Count > 0 && indicators.Count > 0 && Continues(row, rows[^1], names, indicators, figures))
            {
                rows[^1] = rows[^1] with { Cells = [.. rows[^1].Cells.Select((cell, i) => Filled(row, i) ? $"{cell} {row.Cells[i]}" : cell)] };
                continue;
            }

            rows.Add(row);
        }

        return rows;
    }

    private static bool Continues(ReportLine row, ReportLine above, HashSet<int> names, HashSet<int> indicators, HashSet<int> figures)
    {
        var filled = Enumerable.Range(0, row.Cells.Count).Where(i => Filled(row, i)).ToList();
        var aboveHasFigures = figures.Any(i => i < above.Cells.Count && RowShapes.IsDataNumber(above.Cells[i]));
        return aboveHasFigures && filled.Exists(indicators.Contains)
            && filled.TrueForAll(i => names.Contains(i) && Filled(above, i) && !RowShapes.IsDataNumber(row.Cells[i]) && Names.EnumeratorOf(row.Cells[i]) is null);
    }

    private static bool Filled(ReportLine row, int column) => column < row.Cells.Count && Markup.Strip(row.Cells[column]).Length > 0;
}
