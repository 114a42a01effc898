using Quartz;
using Sakip.Analytics.Application.Importing;
using Sakip.Analytics.Application.Runs;
using Sakip.Analytics.Etl.Jobs;

namespace Sakip.Analytics.Etl;

/// <summary>Queues batch loads on the Quartz scheduler of this process (the one that owns the store).</summary>
public sealed class EtlEngine(ISchedulerFactory schedulers, RunTickets tickets)
{
    /// <summary>Queues the load and returns without waiting; the run shows in the run history.</summary>
    public async Task QueueAsync(ImportRequest request, string trigger, CancellationToken cancellationToken)
    {
        var scheduler = await StartedScheduler(cancellationToken);
        await scheduler.TriggerJob(LoadBatchJob.Key, JobData(request, trigger, ticket: null), cancellationToken);
    }

    /// <summary>Queues the load and waits for its run to finish.</summary>
    public async Task<EtlRun> RunAsync(ImportRequest request, string trigger, CancellationToken cancellationToken)
    {
        var scheduler = await StartedScheduler(cancellationToken);
        var (ticket, completion) = tickets.Issue();
        await scheduler.TriggerJob(LoadBatchJob.Key, JobData(request, trigger, ticket), cancellationToken);
        return await completion.WaitAsync(cancellationToken);
    }

    private async Task<IScheduler> StartedScheduler(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (scheduler.Status is SchedulerStatus.Created or SchedulerStatus.Standby)
        {
            await scheduler.Start(cancellationToken);
        }

        return scheduler;
    }

    private static JobDataMap JobData(ImportRequest request, string trigger, string? ticket)
    {
        var data = new JobDataMap
        {
            [LoadBatchJob.PathKey] = Path.GetFullPath(request.Path),
            [LoadBatchJob.TriggerKey] = trigger,
            [LoadBatchJob.ActorKey] = request.Actor,
        };
        if (request.OnlyTenant is not null)
        {
            data[LoadBatchJob.OnlyTenantKey] = request.OnlyTenant;
        }

        if (ticket is not null)
        {
            data[LoadBatchJob.TicketKey] = ticket;
        }

        return data;
    }
}
