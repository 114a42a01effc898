namespace Sakip.Analytics.Application.Runs;

/// <summary>The record of every ETL run: start, end, status, rows per dataset and errors.</summary>
public interface IEtlRunLog
{
    long Start(string job, string sourcePath, string trigger, string? tenant = null);

    void RecordAttempt(long runId, int attempt);

    void Finish(long runId, EtlRunResult result);

    /// <summary>Marks runs left 'running' by a process that died as interrupted.</summary>
    int MarkInterrupted();

    IReadOnlyList<EtlRun> Recent(int limit);

    /// <summary>The runs of one tenant's uploads, newest first.</summary>
    IReadOnlyList<EtlRun> RecentForTenant(string tenant, int limit);

    EtlRun? Find(long runId);
}
