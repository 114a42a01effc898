using Dapper;
using Sakip.Analytics.Application.Audit;
using Sakip.Analytics.Application.Publishing;
using Sakip.Analytics.DuckDb;
using Sakip.Analytics.Storage.Audit;

namespace Sakip.Analytics.Storage.Publishing;

public sealed class PublicationStore(Warehouse warehouse) : IPublicationStore
{
    public IReadOnlyList<PublicationState> States(string tenant)
    {
        using var connection = warehouse.Open();
        return connection.Query<PublicationState>(
            """
            WITH newest AS (
                SELECT year, dataset, max(batch_id) AS newest
                FROM batch_coverage WHERE tenant = $tenant GROUP BY year, dataset
            )
            SELECT n.year AS Year, n.dataset AS Dataset, n.newest AS NewestBatch,
                   p.batch_id AS PublishedBatch, p.published_at AS PublishedAt, p.published_by AS PublishedBy
            FROM newest n
            LEFT JOIN publications p ON p.tenant = $tenant AND p.year = n.year AND p.dataset = n.dataset
            ORDER BY n.year DESC, n.dataset
            """,
            new { tenant }).ToList();
    }

    public bool Publish(string tenant, int year, string dataset, string actor) =>
        InTransaction((connection, transaction) => PublishKey(connection, transaction, tenant, year, dataset, actor));

    public bool Unpublish(string tenant, int year, string dataset, string actor) =>
        InTransaction((connection, transaction) =>
        {
            var removed = connection.Execute(
                "DELETE FROM publications WHERE tenant = $tenant AND year = $year AND dataset = $dataset",
                new { tenant, year, dataset }, transaction);
            if (removed > 0)
            {
                AuditLog.Append(connection, transaction, new AuditEntry(tenant, actor, AuditActions.Unpublish, null, year, dataset));
            }

            return removed > 0;
        });

    public int PublishBatch(long batchId, string actor) =>
        InTransaction((connection, transaction) =>
        {
            var keys = connection.Query<(string Tenant, int Year, string Dataset)>(
                "SELECT DISTINCT tenant, year, dataset FROM batch_coverage WHERE batch_id = $batchId ORDER BY ALL",
                new { batchId }, transaction).ToList();
            return keys.Count(k => PublishKey(connection, transaction, k.Tenant, k.Year, k.Dataset, actor));
        });

    private static bool PublishKey(DuckDbConnection connection, DuckDbTransaction transaction, string tenant, int year, string dataset, string actor)
    {
        var newest = connection.ExecuteScalar<long?>(
            "SELECT max(batch_id) FROM batch_coverage WHERE tenant = $tenant AND year = $year AND dataset = $dataset",
            new { tenant, year, dataset }, transaction);
        if (newest is not long batchId)
        {
            return false;
        }

        connection.Execute(
            """
            INSERT INTO publications (tenant, year, dataset, batch_id, published_at, published_by)
            VALUES ($tenant, $year, $dataset, $batchId, now()::TIMESTAMP, $actor)
            ON CONFLICT (tenant, year, dataset) DO UPDATE SET
                batch_id = excluded.batch_id, published_at = excluded.published_at, published_by = excluded.published_by
            """,
            new { tenant, year, dataset, batchId, actor }, transaction);
        AuditLog.Append(connection, transaction, new AuditEntry(tenant, actor, AuditActions.Publish, batchId, year, dataset));
        return true;
    }

    private T InTransaction<T>(Func<DuckDbConnection, DuckDbTransaction, T> work)
    {
        warehouse.WriteLock.Wait();
        try
        {
            using var connection = warehouse.Open();
            using var transaction = connection.BeginTransaction();
            var result = work(connection, transaction);
            transaction.Commit();
            return result;
        }
        finally
        {
            warehouse.WriteLock.Release();
        }
    }
}
