using System.Globalization;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Import.Mapping;

namespace Sakip.Analytics.Import.Writing;

/// <summary>The cells of one written row by column name; the writer puts them in the template's column order.</summary>
internal static class TemplateRowValues
{
    public static Dictionary<string, string?> Of(TenantRecord tenant) => new()
    {
        [Columns.Tenant] = tenant.Slug,
        [Columns.Name] = tenant.Name,
        [Columns.Kind] = tenant.Kind.ToSlug(),
        [Columns.Province] = tenant.Province,
        [Columns.LowerIsBetterMethod] = tenant.LowerIsBetterMethod.ToSlug(),
    };

    public static Dictionary<string, string?> Of(UnitRecord unit) => new()
    {
        [Columns.Tenant] = unit.Tenant,
        [Columns.Unit] = unit.Slug,
        [Columns.Name] = unit.Name,
        [Columns.Kind] = unit.Kind.ToSlug(),
        [Columns.Aliases] = string.Join(UnitRows.AliasSeparator, unit.Aliases),
    };

    public static Dictionary<string, string?> Of(CapaianScaleBand band) => new()
    {
        [Columns.Tenant] = band.Tenant,
        [Columns.Label] = band.Label,
        [Columns.Min] = Number(band.Min),
        [Columns.Max] = Number(band.Max),
    };

    public static Dictionary<string, string?> Of(IndicatorValueFact fact) => WithSource(fact.Source, new()
    {
        [Columns.Tenant] = fact.Tenant,
        [Columns.Unit] = fact.Unit,
        [Columns.Year] = Year(fact.Year),
        [Columns.Level] = fact.Level.ToSlug(),
        [Columns.Goal] = fact.Goal,
        [Columns.Indicator] = fact.Indicator,
        [Columns.Satuan] = fact.Satuan,
        [Columns.Polarity] = fact.Polarity.ToSlug(),
        [Columns.Kind] = fact.Kind.ToSlug(),

        // The printed text is the figure of record; the number was parsed from it.
        [Columns.Value] = fact.Text,
    });

    public static Dictionary<string, string?> Of(BudgetLineFact fact) => WithSource(fact.Source, new()
    {
        [Columns.Tenant] = fact.Tenant,
        [Columns.Unit] = fact.Unit,
        [Columns.Year] = Year(fact.Year),
        [Columns.Stage] = fact.Stage.ToSlug(),
        [Columns.Level] = fact.Level.ToSlug(),
        [Columns.Code] = fact.Code,
        [Columns.Name] = fact.Name,
        [Columns.Pagu] = Number(fact.Pagu),
        [Columns.Realisasi] = Number(fact.Realisasi),
        [Columns.ReportedPercent] = Number(fact.ReportedPercent),
        [Columns.RealisasiPegawai] = Number(fact.RealisasiPegawai),
        [Columns.RealisasiBarangJasa] = Number(fact.RealisasiBarangJasa),
        [Columns.RealisasiModal] = Number(fact.RealisasiModal),
    });

    public static Dictionary<string, string?> Of(AkipEvaluationFact fact) => WithSource(fact.Source, new()
    {
        [Columns.Tenant] = fact.Tenant,
        [Columns.Unit] = fact.Unit,
        [Columns.Year] = Year(fact.Year),
        [Columns.Kind] = fact.Kind.ToSlug(),
        [Columns.Regulation] = fact.Regulation.ToSlug(),
        [Columns.Perencanaan] = Number(fact.Perencanaan),
        [Columns.Pengukuran] = Number(fact.Pengukuran),
        [Columns.Pelaporan] = Number(fact.Pelaporan),
        [Columns.EvaluasiInternal] = Number(fact.EvaluasiInternal),
        [Columns.Capaian] = Number(fact.Capaian),
        [Columns.Total] = Number(fact.Total),
        [Columns.Predikat] = fact.Predikat,
        [Columns.Evaluator] = fact.Evaluator,
    });

    public static Dictionary<string, string?> Of(IkmSurveyFact fact)
    {
        var values = WithSource(fact.Source, new()
        {
            [Columns.Tenant] = fact.Tenant,
            [Columns.Unit] = fact.Unit,
            [Columns.Year] = Year(fact.Year),
            [Columns.Respondents] = fact.Respondents?.ToString(CultureInfo.InvariantCulture),
            [Columns.NrrWeightedTotal] = Number(fact.NrrWeightedTotal),
            [Columns.Ikm] = Number(fact.Ikm),
            [Columns.Mutu] = fact.Mutu,
            [Columns.SurveyPeriod] = fact.SurveyPeriod,
        });
        foreach (var (element, nrr) in fact.ElementNrr)
        {
            values[element.ToSlug()] = NumberText.Format(nrr);
        }

        return values;
    }

    public static Dictionary<string, string?> Of(DataNoteFact note) => new()
    {
        [Columns.Tenant] = note.Tenant,
        [Columns.Unit] = note.Unit,
        [Columns.Year] = Year(note.Year),
        [Columns.Dataset] = note.Dataset.ToSlug(),
        [Columns.Kind] = note.Kind.ToSlug(),
        [Columns.Subject] = note.Subject,
        [Columns.Description] = note.Description,
        [Columns.ReportedLabel] = note.Reported.Label,
        [Columns.ReportedValue] = Number(note.Reported.Value),
        [Columns.ReportedText] = note.Reported.Text,
        [Columns.ReportedTable] = note.Reported.Table,
        [Columns.ReportedLine] = Line(note.Reported.Line),
        [Columns.ExpectedLabel] = note.Expected.Label,
        [Columns.ExpectedValue] = Number(note.Expected.Value),
        [Columns.ExpectedText] = note.Expected.Text,
        [Columns.ExpectedTable] = note.Expected.Table,
        [Columns.ExpectedLine] = Line(note.Expected.Line),
        [Columns.SourceDocument] = note.SourceDocument,
    };

    private static Dictionary<string, string?> WithSource(Provenance source, Dictionary<string, string?> values)
    {
        values[Columns.SourceDocument] = source.Document;
        values[Columns.SourceTable] = source.Table;
        values[Columns.SourceLine] = Line(source.Line);
        return values;
    }

    private static string? Line(int? line) => line?.ToString(CultureInfo.InvariantCulture);

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string? Number(decimal? value) => value is { } number ? NumberText.Format(number) : null;
}
