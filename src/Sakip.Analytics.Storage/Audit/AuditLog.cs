using Dapper;
using Sakip.Analytics.Application.Audit;
using Sakip.Analytics.DuckDb;

namespace Sakip.Analytics.Storage.Audit;

/// <summary>Append-only: this class inserts and reads; nothing in the code base updates or deletes audit rows.</summary>
public sealed class AuditLog(Warehouse warehouse) : IAuditLog
{
    public void Append(AuditEntry entry)
    {
        using var connection = warehouse.Open();
        Append(connection, null, entry);
    }

    public IReadOnlyList<AuditRecord> ForTenant(string tenant, int limit)
    {
        using var connection = warehouse.Open();
        return connection.Query<AuditRecord>(
            """
            SELECT audit_id AS AuditId, occurred_at AS OccurredAt, tenant AS Tenant, actor AS Actor, action AS Action,
                   batch_id AS BatchId, year AS Year, dataset AS Dataset, detail AS Detail
            FROM audit_log WHERE tenant = $tenant ORDER BY audit_id DESC LIMIT $limit
            """,
            new { tenant, limit }).ToList();
    }

    /// <summary>Appends inside the caller's transaction, so the entry commits or rolls back with the change it records.</summary>
    internal static void Append(DuckDbConnection connection, DuckDbTransaction? transaction, AuditEntry entry) =>
        connection.Execute(
            """
            INSERT INTO audit_log (audit_id, occurred_at, tenant, actor, action, batch_id, year, dataset, detail)
            VALUES (nextval('audit_ids'), now()::TIMESTAMP, $tenant, $actor, $action, $batchId, $year, $dataset, $detail)
            """,
            new { tenant = entry.Tenant, actor = entry.Actor, action = entry.Action, batchId = entry.BatchId, year = entry.Year, dataset = entry.Dataset, detail = entry.Detail },
            transaction);
}
