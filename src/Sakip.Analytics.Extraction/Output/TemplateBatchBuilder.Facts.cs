using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;
using Sakip.Analytics.Import;

namespace Sakip.Analytics.Extraction.Output;

public static partial class TemplateBatchBuilder
{
    private static List<IndicatorValueFact> Indicators(ExtractionResult result, string tenant)
    {
        // A table without a sasaran column still measures the sasaran the other tables name.
        var goals = result.Indicators.Where(v => v.Goal is not null).GroupBy(v => (v.Unit, v.Indicator))
            .ToDictionary(g => g.Key, g => g.GroupBy(v => v.Goal).OrderByDescending(x => x.Count()).First().Key);
        var values = result.Indicators.Select(v => v.Goal is null && goals.TryGetValue((v.Unit, v.Indicator), out var goal) ? v with { Goal = goal } : v).ToList();

        // Level, satuan and polarity describe the indicator: one choice per (unit, indicator, goal).
        var describe = values.GroupBy(v => (v.Unit, v.Indicator, v.Goal))
            .ToDictionary(g => g.Key, g => (
                Level: g.GroupBy(v => v.Level).OrderByDescending(l => l.Count()).First().Key,
                Satuan: g.Select(v => v.Satuan).FirstOrDefault(s => s is not null),
                Polarity: g.First().Polarity));
        return [.. values
            .GroupBy(v => (v.Unit, v.Year, v.Goal, v.Indicator, v.Kind))
            .Select(g => g.OrderBy(v => Preference(v.Source, result.Document)).First())
            .OrderBy(v => v.Source.Line)
            .Select((v, i) =>
            {
                var d = describe[(v.Unit, v.Indicator, v.Goal)];
                return new IndicatorValueFact(tenant, Slug(v.Unit), v.Year, d.Level, v.Goal, v.Indicator, d.Satuan, d.Polarity, v.Kind,
                    v.Value, PrintedValue(v), v.Grade, Provenance(v.Source), Row(TemplateFiles.Indicators, i + 1));
            })];
    }

    // The importer reads the value as printed, without the unit word ("13.000 Berkas" is 13.000 with satuan Berkas).
    private static string PrintedValue(ExtractedIndicatorValue value) =>
        CellValue.TryParse(value.Text, out var parsed) && parsed.UnitWord is { } unit
            ? value.Text[..value.Text.LastIndexOf(unit, StringComparison.Ordinal)].Trim()
            : value.Text.Trim().Length > 0 ? value.Text : value.Value is { } number ? Invariant(number).Replace('.', ',') : value.Grade ?? string.Empty;

    private static List<BudgetLineFact> Budget(ExtractionResult result, string tenant) =>
        [.. WithCodesOfTheirCopies(result.Budget)
            .GroupBy(b => (b.Unit, b.Year, b.Stage, b.Level, Key: b.Code ?? NameKey.Of(b.Name)))
            .Select(g => g.OrderBy(b => Preference(b.Source, result.Document)).First())
            .OrderBy(b => b.Source.Line)
            .Select((b, i) => new BudgetLineFact(tenant, Slug(b.Unit), b.Year, b.Stage, b.Level, b.Code, b.Name, b.Pagu, b.Realisasi, b.ReportedPercent,
                b.RealisasiPegawai, b.RealisasiBarangJasa, b.RealisasiModal, Provenance(b.Source), Row(TemplateFiles.Budget, i + 1)))];

    /// <summary>
    /// A line printed without its kode in one table ("Program X" in the realisation table) and with it in another ("1.05.03 |
    /// Program X" beside its indicator) is one line: it takes the kode when exactly one coded line of that unit, year, stage,
    /// level and name has one, so the two are loaded once.
    /// </summary>
    private static IEnumerable<ExtractedBudgetLine> WithCodesOfTheirCopies(IReadOnlyList<ExtractedBudgetLine> budget)
    {
        var codes = budget.Where(b => b.Code is not null)
            .GroupBy(b => (b.Unit, b.Year, b.Stage, b.Level, Name: NameKey.Of(b.Name)))
            .ToDictionary(g => g.Key, g => g.Select(b => b.Code).Distinct().ToList());
        return budget.Select(b => b.Code is null && codes.TryGetValue((b.Unit, b.Year, b.Stage, b.Level, NameKey.Of(b.Name)), out var found) && found is [var only]
            ? b with { Code = only }
            : b);
    }

    private static List<AkipEvaluationFact> Akip(ExtractionResult result, string tenant) =>
        [.. result.Akip
            .Where(a => a.Components.Values.All(c => c is >= 0 and <= 100) && a.Total is null or (>= 0 and <= 100))
            .GroupBy(a => (a.Unit, a.Year, a.Kind))
            .Select(g => g.OrderByDescending(a => a.Components.Count + (a.Predikat is null ? 0 : 1)).ThenBy(a => a.Source.Line).First())
            .OrderBy(a => a.Source.Line)
            .Select((a, i) => new AkipEvaluationFact(tenant, Slug(a.Unit), a.Year, a.Kind, a.Regulation,
                Component(a, AkipComponent.Perencanaan), Component(a, AkipComponent.Pengukuran), Component(a, AkipComponent.Pelaporan),
                Component(a, AkipComponent.EvaluasiInternal), Component(a, AkipComponent.Capaian), a.Total, a.Predikat, a.Evaluator,
                Provenance(a.Source), Row(TemplateFiles.Akip, i + 1)))];

    private static decimal? Component(ExtractedAkip akip, AkipComponent component) =>
        akip.Components.TryGetValue(component, out var score) ? score : null;

    private static List<IkmSurveyFact> Ikm(ExtractionResult result, string tenant) =>
        [.. result.Ikm
            .Where(k => k.Ikm is null or (>= 0 and <= 100) && k.Elements.All(e => e.Nrr is null or (>= 1 and <= 4)))
            .GroupBy(k => (k.Unit, k.Year))
            .Select(g => g.OrderByDescending(k => k.Elements.Count).ThenBy(k => k.Source.Line).First())
            .Select((k, i) => new IkmSurveyFact(tenant, Slug(k.Unit), k.Year, k.Respondents,
                k.Elements.Where(e => e.Element is not null && e.Nrr is not null).DistinctBy(e => e.Element).ToDictionary(e => e.Element!.Value, e => e.Nrr!.Value),
                k.NrrWeightedTotal, k.Ikm, k.Mutu, k.SurveyPeriod, Provenance(k.Source), Row(TemplateFiles.Ikm, i + 1)))];
}
