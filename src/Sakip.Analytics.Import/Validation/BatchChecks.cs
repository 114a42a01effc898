using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Import.Validation;

/// <summary>
/// The checks that look across rows: duplicate keys, indicators described differently on different rows,
/// and notes on data the batch does not hold.
/// </summary>
internal static class BatchChecks
{
    public static void Run(TemplateBatch batch, ErrorCollector errors)
    {
        DuplicateCheck.Report(batch.Tenants, t => t.Slug, t => t.Origin, _ => Columns.Tenant, [Columns.Tenant], errors);
        DuplicateCheck.Report(batch.Units, u => (u.Tenant, u.Slug), u => u.Origin, _ => Columns.Unit, [Columns.Tenant, Columns.Unit], errors);
        DuplicateCheck.Report(batch.CapaianScales, b => (b.Tenant, b.Label), b => b.Origin, _ => Columns.Label, [Columns.Tenant, Columns.Label], errors);
        DuplicateCheck.Report(
            batch.Indicators, f => (f.Tenant, f.Unit, f.Year, f.Indicator, f.Goal, f.Kind), f => f.Origin, _ => Columns.Indicator,
            [Columns.Tenant, Columns.Unit, Columns.Year, Columns.Indicator, Columns.Goal, Columns.Kind], errors);

        // Budget lines are identified by kode rekening; a line printed without one by its name.
        DuplicateCheck.Report(
            batch.Budget, f => (f.Tenant, f.Unit, f.Year, f.Stage, f.Level, f.Code ?? f.Name), f => f.Origin,
            f => f.Code is null ? Columns.Name : Columns.Code,
            [Columns.Tenant, Columns.Unit, Columns.Year, Columns.Stage, Columns.Level, $"{Columns.Code}/{Columns.Name}"], errors);
        DuplicateCheck.Report(
            batch.Akip, f => (f.Tenant, f.Unit, f.Year, f.Kind), f => f.Origin, _ => Columns.Kind,
            [Columns.Tenant, Columns.Unit, Columns.Year, Columns.Kind], errors);
        DuplicateCheck.Report(
            batch.Ikm, f => (f.Tenant, f.Unit, f.Year), f => f.Origin, _ => Columns.Year,
            [Columns.Tenant, Columns.Unit, Columns.Year], errors);
        DuplicateCheck.Report(
            batch.Notes, n => (n.Tenant, n.Unit, n.Year, n.Dataset, n.Kind, n.Description), n => n.Origin, _ => Columns.Description,
            [Columns.Tenant, Columns.Unit, Columns.Year, Columns.Dataset, Columns.Kind, Columns.Description], errors);
        IndicatorConsistencyCheck.Report(batch.Indicators, errors);
        NoteCoverageCheck.Report(batch, errors);
    }
}
