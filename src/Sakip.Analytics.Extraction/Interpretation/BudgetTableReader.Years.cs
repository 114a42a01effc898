using Sakip.Analytics.Extraction.Tables;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class BudgetTableReader
{
    private static readonly ColumnRole[] MoneyRoles =
    [
        ColumnRole.Pagu, ColumnRole.BudgetRealisasi, ColumnRole.BudgetPercent, ColumnRole.Sisa,
        ColumnRole.RealisasiPegawai, ColumnRole.RealisasiBarangJasa, ColumnRole.RealisasiModal,
    ];

    /// <summary>
    /// "Anggaran 2021 | Realisasi 2021 | % | Anggaran 2022 | Realisasi 2022 | %": the budget of several
    /// years side by side. Each year is read as a table of its own, whose other years' amounts are
    /// ignored; a column without a year ("%") belongs to the year whose block it stands in.
    /// </summary>
    private static IReadOnlyList<(int Year, TextTable View)>? YearViews(TextTable table)
    {
        var blocks = table.Columns.Where(c => MoneyRoles.Contains(c.Role) && c.Year is not null)
            .GroupBy(c => c.Year!.Value)
            .Select(g => (Year: g.Key, Start: g.Min(c => c.Index)))
            .OrderBy(b => b.Start)
            .ToList();
        if (blocks.Count < 2 || blocks.Exists(b => !table.Columns.Any(c => c.Role == ColumnRole.Pagu && c.Year == b.Year)))
        {
            return null;
        }

        var views = new List<(int, TextTable)>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var (year, start) = blocks[i];
            var end = i + 1 < blocks.Count ? blocks[i + 1].Start : int.MaxValue;
            bool Belongs(TableColumn c) => c.Year == year || c.Year is null && c.Index >= start && c.Index < end;
            var columns = table.Columns.Select(c => MoneyRoles.Contains(c.Role) && !Belongs(c) ? c with { Role = ColumnRole.Ignore } : c).ToList();
            views.Add((year, ViewWith(table, columns)));
        }

        return views;
    }

    private static TextTable ViewWith(TextTable table, IReadOnlyList<TableColumn> columns) => new()
    {
        Caption = table.Caption,
        Context = table.Context,
        CaptionLine = table.CaptionLine,
        LeadIn = table.LeadIn,
        HeaderRows = table.HeaderRows,
        DataRows = table.DataRows,
        Columns = columns,
        Continuations = table.Continuations,
        Notes = table.Notes,
        Convention = table.Convention,
    };
}
