using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Sakip.Analytics.Application.Importing;
using Sakip.Analytics.Application.Runs;

namespace Sakip.Analytics.Etl;

/// <summary>One recorded run of one batch: start record, import with retries of transient failures, finish record.</summary>
public sealed partial class BatchRunner(ImportBatchHandler handler, IEtlRunLog runs, IOptions<EtlOptions> options, ILogger<BatchRunner> logger)
{
    public async Task<EtlRun> RunAsync(ImportRequest request, string trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path;
        var runId = runs.Start("load-batch", path, trigger, request.OnlyTenant);
        var attempt = 0;
        EtlRunResult result;
        try
        {
            result = await RetryPipeline().ExecuteAsync(
                _ =>
                {
                    runs.RecordAttempt(runId, ++attempt);
                    return ValueTask.FromResult(handler.Import(runId, request));
                },
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRunFailed(logger, ex, runId, path);
            result = new EtlRunResult(EtlRunStatus.Failed, null, 0, 0, 0, 0, [ex.Message],
                $"Run gagal setelah {attempt} percobaan: {ex.Message}");
        }

        runs.Finish(runId, result);
        LogRunFinished(logger, runId, path, result.Status, result.Message);
        return runs.Find(runId)!;
    }

    private ResiliencePipeline RetryPipeline() => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(TransientFailures.IsTransient),
            MaxRetryAttempts = Math.Max(0, options.Value.MaxAttempts - 1),
            Delay = TimeSpan.FromMilliseconds(200),
            BackoffType = DelayBackoffType.Exponential,
        })
        .Build();

    [LoggerMessage(Level = LogLevel.Error, Message = "ETL run {RunId} for {Path} failed")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, long runId, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "ETL run {RunId} for {Path}: {Status}. {Message}")]
    private static partial void LogRunFinished(ILogger logger, long runId, string path, string status, string? message);
}
