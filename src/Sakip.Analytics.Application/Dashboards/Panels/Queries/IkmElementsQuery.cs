using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Application.Dashboards.Parameters;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;

namespace Sakip.Analytics.Application.Dashboards.Panels.Queries;

/// <summary>The nine IKM service elements of a unit's survey (NRR 1-4), with the IKM recomputed from them.</summary>
public sealed class IkmElementsQuery : IPanelQuery
{
    public string Name => "ikm.elements";

    public string Description => "Nilai rata-rata (NRR) sembilan unsur pelayanan IKM satu unit satu tahun, dan IKM yang dihitung ulang.";

    public IReadOnlyList<QueryParameter> Parameters { get; } =
    [
        new("unit", ParameterType.Unit),
        new("year", ParameterType.Year),
    ];

    public IReadOnlyList<PanelColumn> Columns { get; } =
    [
        new("element", "Unsur pelayanan"),
        new("nrr", "NRR", ColumnFormat.Number, Description: "Nilai rata-rata unsur, skala 1-4"),
        new("ikm_scale", "Setara skala IKM", ColumnFormat.Number, Description: "NRR × 25"),
    ];

    public PanelTable Run(PanelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var unit = context.Parameters.Text("unit");
        var year = context.Parameters.Year("year");
        var table = new PanelTable(Columns);
        table.Bands.AddRange(Rules.GradeBands.Mutu);
        var survey = context.Read.Ikm(context.Scope, unit, year).FirstOrDefault();
        if (survey is null || survey.ElementNrr.Count == 0)
        {
            table.Notes.Add($"Tidak ada rincian unsur IKM {context.UnitName(unit)} tahun {year}.");
            return table;
        }

        foreach (var (element, nrr) in survey.ElementNrr.OrderBy(e => e.Key))
        {
            table.AddRow()
                .Set("element", IkmLabels.Element(element))
                .Set("nrr", nrr, survey.Source)
                .Set("ikm_scale", nrr * IkmCalculator.ConversionFactor);
        }

        table.Notes.Add(Summary(survey));
        return table;
    }

    private static string Summary(ReadModel.IkmEntry survey)
    {
        var printed = survey.Ikm is { } ikm ? $"IKM tercetak {IdFormat.Number(ikm)} (mutu {survey.Mutu ?? IkmCalculator.Mutu(ikm)?.Grade})" : "IKM tidak tercetak";
        var respondents = survey.Respondents is { } n ? $", {n} responden" : "";
        if (survey.ElementNrr.Count < Enum.GetValues<IkmElement>().Length)
        {
            return $"{printed}{respondents}. Unsur tidak lengkap: IKM tidak dihitung ulang.";
        }

        var exact = IkmCalculator.Ikm(survey.ElementNrr);
        var spreadsheet = IkmCalculator.Ikm(IkmCalculator.WeightedNrr(survey.ElementNrr, IkmCalculator.SpreadsheetElementWeight));
        return $"{printed}{respondents}. Dihitung ulang dari NRR: {IdFormat.Number(exact)} dengan bobot tepat 1/9, " +
               $"{IdFormat.Number(spreadsheet)} dengan bobot 0,111 seperti lembar kerja SKM (mutu {IkmCalculator.Mutu(exact)?.Grade}).";
    }
}
