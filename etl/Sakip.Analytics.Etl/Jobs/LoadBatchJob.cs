using Quartz;
using Sakip.Analytics.Application.Importing;

namespace Sakip.Analytics.Etl.Jobs;

/// <summary>Loads one batch (a folder of CSVs or a workbook). Triggered on demand with the path in its data.</summary>
[DisallowConcurrentExecution]
public sealed class LoadBatchJob(BatchRunner runner, RunTickets tickets) : IJob
{
    public static readonly JobKey Key = new("load-batch", "etl");
    public const string PathKey = "path";
    public const string TriggerKey = "trigger";
    public const string TicketKey = "ticket";
    public const string ActorKey = "actor";
    public const string OnlyTenantKey = "only-tenant";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        var ticket = Read(data, TicketKey);
        try
        {
            var request = new ImportRequest(Read(data, PathKey)!, Read(data, ActorKey) ?? "system", Read(data, OnlyTenantKey));
            var run = await runner.RunAsync(request, Read(data, TriggerKey) ?? "on-demand", cancellationToken);
            context.Result = run;
            tickets.Complete(ticket, run);
        }
        catch (Exception ex)
        {
            tickets.Fail(ticket, ex);
            throw new JobExecutionException(ex);
        }
    }

    private static string? Read(JobDataMap data, string key) =>
        data.TryGetValue(key, out var value) ? value as string : null;
}
