using Dapper;
using Sakip.Analytics.Application.Tenants;

namespace Sakip.Analytics.Storage.Tenants;

public sealed class TenantDirectory(Warehouse warehouse) : ITenantDirectory
{
    private const string Sql = """
        SELECT t.tenant AS Tenant, t.name AS Name, t.kind AS Kind, t.province AS Province,
               (SELECT count(*) FROM units u WHERE u.tenant = t.tenant) AS Units,
               (SELECT coalesce(sum(c.row_count), 0) FROM batch_coverage c
                JOIN published_coverage p USING (tenant, unit, year, dataset, batch_id)
                WHERE c.tenant = t.tenant) AS Facts
        FROM tenants t
        """;

    public IReadOnlyList<TenantSummary> List()
    {
        using var connection = warehouse.Open();
        return connection.Query<TenantSummary>($"{Sql} ORDER BY t.name").ToList();
    }

    public TenantSummary? Find(string tenant)
    {
        using var connection = warehouse.Open();
        return connection.QuerySingleOrDefault<TenantSummary>($"{Sql} WHERE t.tenant = $tenant", new { tenant });
    }
}
