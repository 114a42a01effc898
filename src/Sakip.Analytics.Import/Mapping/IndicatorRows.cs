using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Import.Validation;

namespace Sakip.Analytics.Import.Mapping;

internal static class IndicatorRows
{
    public static IndicatorValueFact Map(RowFields row)
    {
        var (tenant, unit) = row.KnownUnit();
        var year = row.Year();
        var level = row.Choice<IndicatorLevel>(Columns.Level);
        var goal = row.Optional(Columns.Goal);
        var indicator = row.Required(Columns.Indicator);
        var satuan = row.Optional(Columns.Satuan);
        var polarity = row.Choice<Polarity>(Columns.Polarity);
        var kind = row.Choice<IndicatorValueKind>(Columns.Kind);

        // A value may be a grade alone ("B" for a predikat target): no number, but still a printed value.
        var value = row.NumberOrGrade(Columns.Value, required: true);
        return new IndicatorValueFact(
            tenant, unit, year, level, goal, indicator, satuan, polarity, kind,
            value?.Number, value?.Text ?? string.Empty, value?.Grade,
            row.Provenance(), row.Origin);
    }
}
