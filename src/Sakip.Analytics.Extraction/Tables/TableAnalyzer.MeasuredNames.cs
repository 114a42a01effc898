using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

internal static partial class TableAnalyzer
{
    private static readonly ColumnRole[] NamingRoles =
    [
        ColumnRole.Indicator, ColumnRole.Sasaran, ColumnRole.Tujuan, ColumnRole.Program, ColumnRole.Kegiatan, ColumnRole.SubKegiatan,
        ColumnRole.ProgramOrKegiatan, ColumnRole.Unit,
    ];

    /// <summary>
    /// "Uraian | Target | Realisasi | Capaian", "Tolok Ukur Kinerja | ...", "Jenis Pelayanan Dasar | ...": with no column named
    /// for indicators, the text column before the figures names them when its rows read as measures ("Persentase ...",
    /// "Jumlah ...") on half of them or more. Months, spending groups and services stay names of no indicator.
    /// </summary>
    private static void MeasuredNamesAreIndicators(TextTable table, List<TableColumn> columns)
    {
        var measured = columns.Exists(c => c.Role == ColumnRole.Target) && columns.Exists(c => c.Role is ColumnRole.Realization or ColumnRole.Capaian);
        if (!measured || columns.Exists(c => NamingRoles.Contains(c.Role) || c.Role is ColumnRole.Pagu or ColumnRole.BudgetRealisasi))
        {
            return;
        }

        var firstValue = columns.FindIndex(c => c.Role is ColumnRole.Target or ColumnRole.Realization or ColumnRole.Capaian);
        var candidate = columns.Take(firstValue).FirstOrDefault(c => c.Role is ColumnRole.Name or ColumnRole.Unknown);
        if (candidate is null)
        {
            return;
        }

        var names = table.DataRows.Select(r => table.Cell(r, candidate.Index)).Where(c => c.Length > 0).ToList();
        // A measure word alone ("Jumlah", "Rata-rata") is a summary row, not a measure's name.
        if (names.Count > 0 && names.Count(n => CentredNames.IsMeasureName(n) && Names.Clean(n).Contains(' ', StringComparison.Ordinal) && !IsSummaryWord(n)) * 2 >= names.Count)
        {
            columns[candidate.Index] = candidate with { Role = ColumnRole.Indicator };
        }
    }

    private static bool IsSummaryWord(string name) => NameKey.Of(name) is "rata rata" or "jumlah" or "total" or "jumlah total";
}
