using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Import.Validation;

namespace Sakip.Analytics.Import.Mapping;

internal static class AkipRows
{
    private const decimal MaxScore = 100;

    public static AkipEvaluationFact Map(RowFields row)
    {
        var (tenant, unit) = row.KnownUnit();
        var year = row.Year();
        var kind = row.Choice<AkipValueKind>(Columns.Kind);
        var regulationText = row.Optional(Columns.Regulation);
        var regulation = row.Choice<AkipRegulation>(Columns.Regulation);
        var perencanaan = Component(row, Columns.Perencanaan);
        var pengukuran = Component(row, Columns.Pengukuran);
        var pelaporan = Component(row, Columns.Pelaporan);
        var evaluasiInternal = Component(row, Columns.EvaluasiInternal);
        var capaian = Capaian(row, regulationText);
        var (total, predikat) = TotalAndPredikat(row);
        return new AkipEvaluationFact(
            tenant, unit, year, kind, regulation,
            perencanaan, pengukuran, pelaporan, evaluasiInternal, capaian,
            total, predikat, row.Optional(Columns.Evaluator),
            row.Provenance(), row.Origin);
    }

    private static decimal? Component(RowFields row, string column) => row.Number(column, min: 0, max: MaxScore);

    // Capaian Kinerja was a component under PermenPANRB 12/2015 only; a value under 88/2021 is a misplaced column.
    private static decimal? Capaian(RowFields row, string? regulationText)
    {
        var under88Of2021 = string.Equals(regulationText, AkipRegulation.PermenPanRb88Of2021.ToSlug(), StringComparison.Ordinal);
        if (under88Of2021 && row.Optional(Columns.Capaian) is not null)
        {
            row.Fail(Columns.Capaian, Reasons.CapaianUnder88Of2021(regulationText!));
            return null;
        }

        return Component(row, Columns.Capaian);
    }

    // Totals are often printed with their grade, "BB (75,00)": the grade fills an empty predikat and must agree with a given one.
    private static (decimal? Total, string? Predikat) TotalAndPredikat(RowFields row)
    {
        var total = row.NumberOrGrade(Columns.Total, required: false);
        if (total is { Number: { } number } && !row.CheckRange(Columns.Total, total.Value.Text, number, 0, MaxScore))
        {
            total = null;
        }

        var predikat = row.Grade(Columns.Predikat, RowFields.Predikats);
        var totalGrade = total?.Grade;
        if (predikat is not null && totalGrade is not null && !string.Equals(predikat, totalGrade, StringComparison.Ordinal))
        {
            row.Fail(Columns.Predikat, Reasons.PredikatDisagrees(predikat, totalGrade));
        }

        return (total?.Number, predikat ?? totalGrade);
    }
}
