using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tables;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class BudgetTableReader
{
    /// <summary>
    /// "No | Tahun | Anggaran | Realisasi | %" with a row per year ("2021", "2022", "2023"): each row is the whole
    /// budget of the year it names, not a kegiatan of the report year named "2021".
    /// </summary>
    private static void WholeBudgetPerYear(List<BudgetRow> rows)
    {
        var yearRows = rows.Where(r => r.HasAmounts && RowShapes.YearOf(r.Name) is not null).ToList();
        if (yearRows.Count < 2)
        {
            return;
        }

        foreach (var row in yearRows)
        {
            row.Year = RowShapes.YearOf(row.Name);
            row.Level = BudgetLevel.Total;
            row.Name = Audit.ReportAuditor.WholeBudgetName;
            row.Parent = null;
        }
    }
}
