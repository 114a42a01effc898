using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Import.Validation;

namespace Sakip.Analytics.Import.Mapping;

internal static class BudgetRows
{
    public static BudgetLineFact Map(RowFields row)
    {
        var (tenant, unit) = row.KnownUnit();
        return new BudgetLineFact(
            tenant,
            unit,
            row.Year(),
            row.Choice<BudgetStage>(Columns.Stage),
            row.Choice<BudgetLevel>(Columns.Level),
            row.Optional(Columns.Code),
            row.Required(Columns.Name),
            row.Number(Columns.Pagu, min: 0),
            row.Number(Columns.Realisasi, min: 0),

            // Reports print penyerapan as they computed it, 996,22 included: kept, not range-checked.
            row.Number(Columns.ReportedPercent),
            row.Number(Columns.RealisasiPegawai, min: 0),
            row.Number(Columns.RealisasiBarangJasa, min: 0),
            row.Number(Columns.RealisasiModal, min: 0),
            row.Provenance(),
            row.Origin);
    }
}
