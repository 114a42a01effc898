using Dapper;
using Sakip.Analytics.Application.Audit;
using Sakip.Analytics.Application.Importing;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.DuckDb;
using Sakip.Analytics.Storage.Audit;

namespace Sakip.Analytics.Storage.Batches;

/// <summary>Loads a validated batch in one DuckDB transaction: dimensions upserted, facts and data notes appended.</summary>
public sealed partial class BatchStore(Warehouse warehouse) : IBatchStore
{
    /// <summary>
    /// Fault injection for crash tests: when this variable names a file, the loader writes that file
    /// after all facts are appended and then waits instead of committing, so a test can kill the process
    /// mid-import.
    /// </summary>
    public const string PauseBeforeCommitVariable = "SAKIP_FAULT_PAUSE_BEFORE_COMMIT";

    public bool IsEmpty()
    {
        using var connection = warehouse.Open();
        return connection.ExecuteScalar<long>("SELECT count(*) FROM batches") == 0;
    }

    public bool IsKnownTenant(string tenant)
    {
        using var connection = warehouse.Open();
        return connection.ExecuteScalar<long>(
            "SELECT count(*) FROM tenants WHERE tenant = $tenant", new { tenant }) > 0;
    }

    public bool IsKnownUnit(string tenant, string unit)
    {
        using var connection = warehouse.Open();
        return connection.ExecuteScalar<long>(
            "SELECT count(*) FROM units WHERE tenant = $tenant AND unit = $unit", new { tenant, unit }) > 0;
    }

    public BatchLoadOutcome Load(TemplateBatch batch, long runId, string actor)
    {
        ArgumentNullException.ThrowIfNull(batch);
        warehouse.WriteLock.Wait();
        try
        {
            using var connection = warehouse.Open();
            var earlier = connection.QuerySingleOrDefault<long?>(
                "SELECT batch_id FROM batches WHERE content_hash = $hash", new { hash = batch.ContentHash });
            if (earlier is long earlierId)
            {
                return new BatchLoadOutcome(earlierId, true, DatasetRowCounts.Of(batch));
            }

            using var transaction = connection.BeginTransaction();
            var batchId = connection.ExecuteScalar<long>("SELECT nextval('batch_ids')", transaction: transaction);
            connection.Execute(
                """
                INSERT INTO batches (batch_id, content_hash, source_path, loaded_at, run_id)
                VALUES ($batchId, $hash, $path, now()::TIMESTAMP, $runId)
                """,
                new { batchId, hash = batch.ContentHash, path = batch.SourcePath, runId },
                transaction);

            UpsertTenants(connection, transaction, batch.Tenants);
            UpsertUnits(connection, transaction, batch.Units);
            ReplaceCapaianScales(connection, transaction, batch.CapaianScales);
            var indicatorIds = EnsureIndicators(connection, transaction, batch.Indicators);
            AppendFacts(connection, batchId, batch, indicatorIds);
            AppendNotes(connection, batchId, batch.Notes);
            InsertCoverage(connection, transaction, batchId, batch);
            foreach (var tenant in TenantsOf(batch))
            {
                AuditLog.Append(connection, transaction, new AuditEntry(
                    tenant, actor, AuditActions.Import, batchId, Detail: $"run {runId}: {Path.GetFileName(batch.SourcePath)}"));
            }

            PauseBeforeCommitIfAsked();
            transaction.Commit();
            return new BatchLoadOutcome(batchId, false, DatasetRowCounts.Of(batch));
        }
        finally
        {
            warehouse.WriteLock.Release();
        }
    }

    private static void InsertCoverage(DuckDbConnection connection, DuckDbTransaction transaction, long batchId, TemplateBatch batch)
    {
        var keys = batch.Indicators.Select(f => (f.Tenant, f.Unit, f.Year, Dataset: Dataset.Indicators))
            .Concat(batch.Budget.Select(f => (f.Tenant, f.Unit, f.Year, Dataset: Dataset.Budget)))
            .Concat(batch.Akip.Select(f => (f.Tenant, f.Unit, f.Year, Dataset: Dataset.Akip)))
            .Concat(batch.Ikm.Select(f => (f.Tenant, f.Unit, f.Year, Dataset: Dataset.Ikm)))
            .GroupBy(k => k)
            .Select(g => new
            {
                batchId,
                tenant = g.Key.Tenant,
                unit = g.Key.Unit,
                year = g.Key.Year,
                dataset = g.Key.Dataset.ToSlug(),
                rows = g.Count(),
            });
        connection.Execute(
            "INSERT INTO batch_coverage VALUES ($batchId, $tenant, $unit, $year, $dataset, $rows)",
            keys,
            transaction);
    }

    private static IEnumerable<string> TenantsOf(TemplateBatch batch) =>
        batch.Tenants.Select(t => t.Slug)
            .Concat(batch.Units.Select(u => u.Tenant))
            .Concat(batch.Indicators.Select(f => f.Tenant))
            .Concat(batch.Budget.Select(f => f.Tenant))
            .Concat(batch.Akip.Select(f => f.Tenant))
            .Concat(batch.Ikm.Select(f => f.Tenant))
            .Distinct()
            .Order(StringComparer.Ordinal);

    private static void PauseBeforeCommitIfAsked()
    {
        var signalFile = Environment.GetEnvironmentVariable(PauseBeforeCommitVariable);
        if (string.IsNullOrWhiteSpace(signalFile))
        {
            return;
        }

        File.WriteAllText(signalFile, "appended, not committed");
        Thread.Sleep(Timeout.Infinite);
    }
}
