namespace Sakip.Analytics.Application.Runs;

public static class EtlRunStatus
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Unchanged = "unchanged";
    public const string Rejected = "rejected";
    public const string Failed = "failed";
    public const string Interrupted = "interrupted";
}

public sealed record EtlRunResult(
    string Status,
    long? BatchId,
    int RowsIndicators,
    int RowsBudget,
    int RowsAkip,
    int RowsIkm,
    IReadOnlyList<string> Errors,
    string? Message);

public sealed record EtlRun(
    long RunId,
    string Job,
    string SourcePath,
    string Trigger,
    DateTime StartedAt,
    DateTime? EndedAt,
    string Status,
    int Attempts,
    long? BatchId,
    int RowsIndicators,
    int RowsBudget,
    int RowsAkip,
    int RowsIkm,
    int ErrorCount,
    string? Errors,
    string? Message,
    string? Tenant = null);
