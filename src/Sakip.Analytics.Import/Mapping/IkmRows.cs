using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Import.Validation;

namespace Sakip.Analytics.Import.Mapping;

internal static class IkmRows
{
    // PermenPANRB 14/2017: every element is scored 1-4, so are their means; IKM = mean x 25.
    private const decimal MinNrr = 1;
    private const decimal MaxNrr = 4;
    private const decimal MaxIkm = 100;

    public static IkmSurveyFact Map(RowFields row)
    {
        var (tenant, unit) = row.KnownUnit();
        var year = row.Year();
        var respondents = row.Count(Columns.Respondents, min: 0);
        var elementNrr = new Dictionary<IkmElement, decimal>();
        foreach (var element in Enum.GetValues<IkmElement>())
        {
            if (row.Number(element.ToSlug(), MinNrr, MaxNrr) is { } nrr)
            {
                elementNrr[element] = nrr;
            }
        }

        return new IkmSurveyFact(
            tenant, unit, year, respondents, elementNrr,
            row.Number(Columns.NrrWeightedTotal, MinNrr, MaxNrr),
            row.Number(Columns.Ikm, 0, MaxIkm),
            row.Grade(Columns.Mutu, RowFields.Mutus),
            row.Optional(Columns.SurveyPeriod),
            row.Provenance(), row.Origin);
    }
}
