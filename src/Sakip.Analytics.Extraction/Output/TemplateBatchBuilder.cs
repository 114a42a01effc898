using System.Globalization;
using System.Text;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Identity;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;
using Sakip.Analytics.Import;

namespace Sakip.Analytics.Extraction.Output;

/// <summary>
/// Turns an extraction into a canonical template batch that the normal ETL loads (README
/// "Template"). A batch holds one value per key, so where a figure is printed several times the
/// row comes from the report's main table: a numbered table over an unnumbered one over prose,
/// the results chapter over the planning chapter, the more complete AKIP or IKM table. The audit
/// findings travel with the facts as data notes; nothing is corrected.
/// </summary>
public static partial class TemplateBatchBuilder
{
    public static TemplateBatch Build(ExtractionResult result) => Draft(result).Batch;

    /// <summary>
    /// The batch with the audit findings as data notes (notes.csv), each on the unit, year and dataset
    /// of the fact it is about, and the findings that fit no (unit, year, dataset) the batch holds.
    /// </summary>
    public static TemplateBatchDraft Draft(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var profile = result.Document;
        if (profile.Tenant is null || profile.TenantKind is null)
        {
            throw new InvalidOperationException("The report does not name its kabupaten/kota; pass the tenant (e.g. --tenant \"Kabupaten Jember\").");
        }

        var tenant = Slug(profile.Tenant);
        var source = profile.File;
        var tenants = new List<TenantRecord>
        {
            new(tenant, profile.Tenant, profile.TenantKind.Value, profile.Province,
                profile.LowerIsBetterMethod ?? LowerIsBetterMethod.TargetOverRealization, Row(TemplateFiles.Tenants, 1)),
        };
        var units = Units(result, tenant);
        var batch = new TemplateBatch(
            source,
            string.Empty,
            tenants,
            units,
            Scale(result, tenant),
            Indicators(result, tenant),
            Budget(result, tenant),
            Akip(result, tenant),
            Ikm(result, tenant));
        var (notes, unplaced) = Notes(result, tenant, batch);
        return new TemplateBatchDraft(batch with { Notes = notes }, unplaced);
    }

    /// <summary>Writes the batch as a folder of template CSV files; returns the files written.</summary>
    public static IReadOnlyList<string> Write(ExtractionResult result, string folder) => TemplateWriter.Write(Build(result), folder);

    private static List<UnitRecord> Units(ExtractionResult result, string tenant)
    {
        var names = result.Indicators.Select(v => v.Unit).Concat(result.Budget.Select(b => b.Unit)).Concat(result.Akip.Select(a => a.Unit))
            .Concat(result.Ikm.Select(i => i.Unit)).Prepend(result.Document.Unit).Distinct().ToList();
        return [.. names.Select((name, i) => new UnitRecord(tenant, Slug(name), name,
            name == result.Document.Unit ? result.Document.UnitKind : UnitNames.KindOf(name),
            name == result.Document.Unit ? [.. result.Document.UnitNameVariants.Where(v => v != name)] : [],
            Row(TemplateFiles.Units, i + 1)))];
    }

    private static List<CapaianScaleBand> Scale(ExtractionResult result, string tenant)
    {
        var bands = result.ScaleOf(ScaleKind.Capaian).Select(b => new CapaianBand(b.Label, b.Min, b.Max)).ToList();
        return bands.Count < 2 || CapaianScale.Validate(bands) is not null
            ? []
            : [.. bands.Select((b, i) => new CapaianScaleBand(tenant, b.Label, b.Min, b.Max, Row(TemplateFiles.CapaianScales, i + 1)))];
    }

    /// <summary>Lower is better: a numbered table, then a table in the results chapter, then any table, then prose.</summary>
    private static (int, int, int) Preference(SourceRef source, ReportProfile profile) =>
        (source.IsProse ? 2 : Tables.CaptionFinder.IsNumberedCaption(source.Table) ? 0 : 1,
         profile.ResultsChapterLine is { } chapter && source.Line < chapter ? 1 : 0,
         source.Line);

    internal static string Slug(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in NameKey.Of(name))
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return builder.ToString().Trim('-');
    }

    private static TemplateRow Row(TemplateFile file, int row) => new(file.FileName, row);

    private static Provenance Provenance(SourceRef source) => new(source.Document, source.Table, source.Line);

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
