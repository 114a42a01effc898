using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

internal static partial class TableAnalyzer
{
    /// <summary>
    /// "Anggaran | | Realisasi | " over "Rp. | 2.500.000.000 | Rp. | 2.350.000.000": the header spans the
    /// currency sign and the amount, which the converter put in cells of their own. The amount's column,
    /// without words of its own, takes the header's role; the column of signs holds no figure.
    /// </summary>
    private static void AmountsRightOfCurrency(TextTable table, List<TableColumn> columns)
    {
        for (var i = 0; i + 1 < columns.Count; i++)
        {
            var column = columns[i];
            var next = columns[i + 1];
            if (column.Role is ColumnRole.Unknown or ColumnRole.Ignore || next.Role != ColumnRole.Unknown || next.Labels.Any(l => l.Length > 0))
            {
                continue;
            }

            var signs = table.DataRows.Select(r => Markup.Strip(table.Cell(r, i)).Trim()).Where(c => c.Length > 0).ToList();
            var amounts = table.DataRows.Count(r => RowShapes.IsDataNumber(table.Cell(r, i + 1)));
            if (signs.Count > 0 && signs.TrueForAll(RowShapes.IsCurrencySign) && amounts * 2 >= signs.Count)
            {
                columns[i + 1] = next with { Role = column.Role, Labels = column.Labels, Year = column.Year };
                columns[i] = column with { Role = ColumnRole.Ignore };
            }
        }
    }
}
