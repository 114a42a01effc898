using Dapper;
using Sakip.Analytics.Application.Export;

namespace Sakip.Analytics.Storage.Export;

public sealed class FactExport(Warehouse warehouse) : IFactExport
{
    public IReadOnlyList<LongFact> Query(FactFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        using var connection = warehouse.Open();
        return connection.Query<LongFact>(
            """
            SELECT tenant AS Tenant, unit AS Unit, year AS Year, dataset AS Dataset, measure AS Measure,
                   qualifier AS Qualifier, kind AS Kind, CAST(value AS DECIMAL(24, 6)) AS Value,
                   grade AS Grade, text AS Text, source_document AS Source, source_table AS "Table",
                   source_line AS Line, batch_id AS Batch
            FROM current_facts_long
            WHERE tenant = $tenant
              AND ($unit IS NULL OR unit = $unit)
              AND ($year IS NULL OR year = $year)
              AND ($dataset IS NULL OR dataset = $dataset)
            ORDER BY dataset, unit, year, measure, kind, source_line
            """,
            new { tenant = filter.Tenant, unit = filter.Unit, year = filter.Year, dataset = filter.Dataset }).ToList();
    }
}
