using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Domain.Rules;

namespace Sakip.Analytics.Application.Dashboards.Measures;

public sealed partial class MeasureSeries
{
    /// <summary>Penyerapan from the rows <see cref="ReadModel.IDashboardReadModel.BudgetAbsorption"/> picks, never from summed totals.</summary>
    private List<MeasurePoint> Penyerapan(MeasureRequest request) =>
        read.BudgetAbsorption(request.Scope)
            .Select(b => (Basis: b, Value: BudgetEfficiency.Penyerapan(b.Pagu, b.Realisasi)))
            .Where(x => x.Value is not null)
            .Select(x => new MeasurePoint(x.Basis.Unit, x.Basis.Year, x.Value!.Value, x.Basis.Source, "Anggaran")
            {
                Realization = x.Value,
                Notes = [BasisNote(x.Basis)],
            })
            .ToList();

    public static string BasisNote(ReadModel.BudgetBasisEntry basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        var lines = basis.FirstLine == basis.LastLine ? $"baris {basis.FirstLine}" : $"baris {basis.FirstLine}-{basis.LastLine}";
        var what = basis.Basis == "total"
            ? "satu baris total tercetak"
            : $"jumlah {basis.LineCount} baris {ValueKinds.Level(basis.Basis).ToLowerInvariant()}";
        return $"Penyerapan {IdFormat.Money(basis.Realisasi)} / {IdFormat.Money(basis.Pagu)} dari {what} ({basis.SourceTables}, {lines}).";
    }
}
