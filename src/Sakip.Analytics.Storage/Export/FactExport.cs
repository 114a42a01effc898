using Sakip.Analytics.Application.Export;
using Sakip.Analytics.Application.Tenancy;
using Sakip.Analytics.Storage.Scoping;

namespace Sakip.Analytics.Storage.Export;

public sealed class FactExport(ScopedDatabase database) : IFactExport
{
    private static readonly ScopedSql Sql = new("""
        SELECT tenant AS Tenant, unit AS Unit, year AS Year, dataset AS Dataset, measure AS Measure,
               qualifier AS Qualifier, kind AS Kind, CAST(value AS DECIMAL(24, 6)) AS Value,
               grade AS Grade, text AS Text, source_document AS Source, source_table AS "Table",
               source_line AS Line, batch_id AS Batch
        FROM scoped_facts_long($tenant, $drafts)
        WHERE ($unit IS NULL OR unit = $unit)
          AND ($year IS NULL OR year = $year)
          AND ($dataset IS NULL OR dataset = $dataset)
        ORDER BY dataset, unit, year, measure, kind, source_line
        """);

    public IReadOnlyList<LongFact> Query(TenantScope scope, FactFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return database.Query<LongFact>(scope, Sql, new { unit = filter.Unit, year = filter.Year, dataset = filter.Dataset });
    }
}
