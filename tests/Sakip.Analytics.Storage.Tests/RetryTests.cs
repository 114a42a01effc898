using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sakip.Analytics.Application.Importing;
using Sakip.Analytics.Application.Runs;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Etl;

namespace Sakip.Analytics.Storage.Tests;

public sealed class RetryTests
{
    [Fact]
    public async Task A_transient_failure_is_retried_and_the_run_records_its_attempts()
    {
        await using var store = await StoreHost.StartAsync(loadDemo: false);
        var flaky = new FailingFirstLoads(store.Get<IBatchStore>(), failures: 1, new IOException("disk busy"));
        var runner = Runner(store, flaky, maxAttempts: 3);

        var run = await runner.RunAsync(new ImportRequest(StoreHost.DemoBatch(StoreHost.SungaiSembilan), "test"), "test", CancellationToken.None);

        Assert.Equal(EtlRunStatus.Succeeded, run.Status);
        Assert.Equal(2, run.Attempts);
        Assert.False(store.Get<IBatchStore>().IsEmpty());
    }

    [Fact]
    public async Task A_failure_that_outlasts_the_attempts_is_recorded_as_failed_and_loads_nothing()
    {
        await using var store = await StoreHost.StartAsync(loadDemo: false);
        var flaky = new FailingFirstLoads(store.Get<IBatchStore>(), failures: 5, new IOException("disk busy"));
        var runner = Runner(store, flaky, maxAttempts: 3);

        var run = await runner.RunAsync(new ImportRequest(StoreHost.DemoBatch(StoreHost.SungaiSembilan), "test"), "test", CancellationToken.None);

        Assert.Equal(EtlRunStatus.Failed, run.Status);
        Assert.Equal(3, run.Attempts);
        Assert.Contains("disk busy", run.Errors, StringComparison.Ordinal);
        Assert.True(store.Get<IBatchStore>().IsEmpty());
    }

    [Fact]
    public async Task A_non_transient_failure_is_not_retried()
    {
        await using var store = await StoreHost.StartAsync(loadDemo: false);
        var flaky = new FailingFirstLoads(store.Get<IBatchStore>(), failures: 5, new InvalidOperationException("bug"));
        var runner = Runner(store, flaky, maxAttempts: 3);

        var run = await runner.RunAsync(new ImportRequest(StoreHost.DemoBatch(StoreHost.SungaiSembilan), "test"), "test", CancellationToken.None);

        Assert.Equal(EtlRunStatus.Failed, run.Status);
        Assert.Equal(1, run.Attempts);
    }

    private static BatchRunner Runner(StoreHost store, IBatchStore batches, int maxAttempts)
    {
        var runs = store.Get<IEtlRunLog>();
        return new BatchRunner(
            new ImportBatchHandler(batches),
            runs,
            Options.Create(new EtlOptions { MaxAttempts = maxAttempts }),
            NullLogger<BatchRunner>.Instance);
    }

    /// <summary>The real store, with its first loads failing as a busy disk or a bug would.</summary>
    private sealed class FailingFirstLoads(IBatchStore inner, int failures, Exception failure) : IBatchStore
    {
        private int remaining = failures;

        public bool IsEmpty() => inner.IsEmpty();

        public bool IsKnownTenant(string tenant) => inner.IsKnownTenant(tenant);

        public bool IsKnownUnit(string tenant, string unit) => inner.IsKnownUnit(tenant, unit);

        public BatchLoadOutcome Load(TemplateBatch batch, long runId, string actor) =>
            Interlocked.Decrement(ref remaining) >= 0 ? throw failure : inner.Load(batch, runId, actor);
    }
}
