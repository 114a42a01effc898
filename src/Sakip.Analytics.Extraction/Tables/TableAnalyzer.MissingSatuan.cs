using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

internal static partial class TableAnalyzer
{
    /// <summary>
    /// "2 | Persentase usulan ... | 60 | 45 | 75" under "No | Indikator | Satuan | Target | Realisasi | Capaian": the
    /// converter dropped the row's empty satuan cell and every figure moved one column left. A row one cell short whose
    /// satuan cell holds a figure gets its satuan cell back, empty.
    /// </summary>
    private static void MissingSatuan(TextTable table, List<TableColumn> columns)
    {
        var satuan = columns.FindIndex(c => c.Role == ColumnRole.Satuan);
        if (satuan < 0 || satuan + 1 >= columns.Count)
        {
            return;
        }

        table.DataRows = [.. table.DataRows.Select(row => IsShiftedLeft(row, satuan, columns.Count)
            ? row with { Cells = [.. row.Cells.Take(satuan), string.Empty, .. row.Cells.Skip(satuan)] }
            : row)];
    }

    private static bool IsShiftedLeft(ReportLine row, int satuan, int width) =>
        row.Cells.Count == width - 1 && satuan < row.Cells.Count && RowShapes.IsDataNumber(Markup.Strip(row.Cells[satuan]))
        && row.Cells.Skip(satuan).All(c => RowShapes.IsDataNumber(Markup.Strip(c)));
}
