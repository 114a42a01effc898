using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Import.Sources;
using Sakip.Analytics.Import.Validation;

namespace Sakip.Analytics.Import.Mapping;

/// <summary>Turns the tables read from a source into a checked batch, or into the list of everything wrong with it.</summary>
internal static class BatchAssembler
{
    public static ImportReadResult Assemble(
        BatchSource source,
        ErrorCollector errors,
        Func<string, bool>? isKnownTenant,
        Func<string, string, bool>? isKnownUnit)
    {
        var layouts = source.Tables.Select(t => TableLayout.Check(t, errors)).OfType<TableLayout>().ToList();
        var references = ReferenceIndex.Build(layouts, isKnownTenant, isKnownUnit);

        List<T> MapFile<T>(TemplateFile file, Func<RowFields, T> map) =>
        [
            .. layouts.Where(l => l.File == file).SelectMany(l => l.DataRows.Select(record =>
            {
                var row = new RowFields(l, record, errors, references);
                var mapped = map(row);
                return (row.IsValid, mapped);
            })).Where(r => r.IsValid).Select(r => r.mapped),
        ];

        var batch = new TemplateBatch(
            source.SourcePath,
            source.ContentHash,
            MapFile(TemplateFiles.Tenants, TenantRows.Map),
            MapFile(TemplateFiles.Units, UnitRows.Map),
            MapFile(TemplateFiles.CapaianScales, CapaianScaleRows.Map),
            MapFile(TemplateFiles.Indicators, IndicatorRows.Map),
            MapFile(TemplateFiles.Budget, BudgetRows.Map),
            MapFile(TemplateFiles.Akip, AkipRows.Map),
            MapFile(TemplateFiles.Ikm, IkmRows.Map))
        {
            Notes = MapFile(TemplateFiles.Notes, NoteRows.Map),
        };
        BatchChecks.Run(batch, errors);
        return errors.Count == 0 ? ImportReadResult.Success(batch) : ImportReadResult.Failure(errors.Sorted());
    }
}
