using Dapper;
using Sakip.Analytics.Application.Runs;

namespace Sakip.Analytics.Storage.Runs;

/// <summary>Run records live in the store, outside the batch transactions, so failed runs are kept too.</summary>
public sealed class EtlRunLog(Warehouse warehouse) : IEtlRunLog
{
    private const string Columns = """
        run_id AS RunId, job AS Job, source_path AS SourcePath, trigger AS Trigger,
        started_at AS StartedAt, ended_at AS EndedAt, status AS Status, attempts AS Attempts,
        batch_id AS BatchId, rows_indicators AS RowsIndicators, rows_budget AS RowsBudget,
        rows_akip AS RowsAkip, rows_ikm AS RowsIkm, error_count AS ErrorCount, errors AS Errors,
        message AS Message, tenant AS Tenant
        """;

    public long Start(string job, string sourcePath, string trigger, string? tenant = null)
    {
        using var connection = warehouse.Open();
        return connection.ExecuteScalar<long>(
            """
            INSERT INTO etl_runs (run_id, job, source_path, trigger, started_at, status, tenant)
            VALUES (nextval('run_ids'), $job, $sourcePath, $trigger, now()::TIMESTAMP, 'running', $tenant)
            RETURNING run_id
            """,
            new { job, sourcePath, trigger, tenant });
    }

    public void RecordAttempt(long runId, int attempt)
    {
        using var connection = warehouse.Open();
        connection.Execute("UPDATE etl_runs SET attempts = $attempt WHERE run_id = $runId", new { runId, attempt });
    }

    public void Finish(long runId, EtlRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var connection = warehouse.Open();
        connection.Execute(
            """
            UPDATE etl_runs SET
                ended_at = now()::TIMESTAMP, status = $status, batch_id = $batchId,
                rows_indicators = $indicators, rows_budget = $budget, rows_akip = $akip, rows_ikm = $ikm,
                error_count = $errorCount, errors = $errors, message = $message
            WHERE run_id = $runId
            """,
            new
            {
                runId,
                status = result.Status,
                batchId = result.BatchId,
                indicators = result.RowsIndicators,
                budget = result.RowsBudget,
                akip = result.RowsAkip,
                ikm = result.RowsIkm,
                errorCount = result.Errors.Count,
                errors = result.Errors.Count == 0 ? null : string.Join('\n', result.Errors),
                message = result.Message,
            });
    }

    public int MarkInterrupted()
    {
        using var connection = warehouse.Open();
        return connection.Execute(
            """
            UPDATE etl_runs SET status = 'interrupted', ended_at = now()::TIMESTAMP,
                message = 'Proses berhenti sebelum run selesai; batch tidak dimuat.'
            WHERE status = 'running'
            """);
    }

    public IReadOnlyList<EtlRun> Recent(int limit)
    {
        using var connection = warehouse.Open();
        return connection.Query<EtlRun>(
            $"SELECT {Columns} FROM etl_runs ORDER BY run_id DESC LIMIT $limit", new { limit }).ToList();
    }

    public IReadOnlyList<EtlRun> RecentForTenant(string tenant, int limit)
    {
        using var connection = warehouse.Open();
        return connection.Query<EtlRun>(
            $"SELECT {Columns} FROM etl_runs WHERE tenant = $tenant ORDER BY run_id DESC LIMIT $limit", new { tenant, limit }).ToList();
    }

    public EtlRun? Find(long runId)
    {
        using var connection = warehouse.Open();
        return connection.QuerySingleOrDefault<EtlRun>(
            $"SELECT {Columns} FROM etl_runs WHERE run_id = $runId", new { runId });
    }
}
