using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using Sakip.Analytics.Etl.Jobs;
using Sakip.Analytics.Storage;

namespace Sakip.Analytics.Etl;

public static class EtlRegistration
{
    /// <summary>
    /// The ETL on Quartz, in the process that owns the store. With <paramref name="watchInbox"/> the
    /// scheduler runs as a hosted service and scans the inbox; without it (the command line) the
    /// scheduler starts on the first queued job.
    /// </summary>
    public static IHostApplicationBuilder AddEtl(this IHostApplicationBuilder builder, bool watchInbox)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddStorage();
        builder.Services.AddOptions<EtlOptions>().BindConfiguration(EtlOptions.SectionName)
            .Validate(o => o.MaxAttempts >= 1 && o.InboxScanSeconds >= 1, "Etl:MaxAttempts and Etl:InboxScanSeconds must be at least 1.")
            .ValidateOnStart();
        builder.Services.AddSingleton<RunTickets>();
        builder.Services.AddSingleton<BatchRunner>();
        builder.Services.AddSingleton<EtlEngine>();
        builder.Services.AddSingleton<DemoData>();

        var scanSeconds = builder.Configuration.GetValue($"{EtlOptions.SectionName}:{nameof(EtlOptions.InboxScanSeconds)}", 5);
        builder.Services.AddQuartz(quartz =>
        {
            quartz.AddJob<LoadBatchJob>(job => job.WithIdentity(LoadBatchJob.Key).StoreDurably());
            if (watchInbox)
            {
                quartz.ScheduleJob<InboxScanJob>(
                    trigger => trigger.WithIdentity("inbox-scan-trigger", "etl").StartNow()
                        .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(scanSeconds)).RepeatForever()),
                    job => job.WithIdentity(InboxScanJob.Key));
            }
        });
        if (watchInbox)
        {
            builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }

        return builder;
    }
}
