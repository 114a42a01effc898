using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Sakip.Analytics.Etl;

namespace Sakip.Analytics.Cli;

/// <summary>
/// The command line owns the store while it runs (DuckDB: one process per file), with the same
/// default location as the dashboard. On an empty store it loads the demo data first, through the
/// ETL job, before the command does anything else.
/// </summary>
internal sealed class CliHost : IAsyncDisposable
{
    private readonly IHost host;

    private CliHost(IHost host) => this.host = host;

    public IServiceProvider Services => host.Services;

    public static async Task<CliHost> StartAsync(CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).AddFilter("Quartz", LogLevel.Warning);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddEtl(watchInbox: false);
        var cliHost = new CliHost(builder.Build());
        await cliHost.Services.GetRequiredService<DemoData>().EnsureLoadedAsync(cancellationToken);
        return cliHost;
    }

    public async ValueTask DisposeAsync()
    {
        var schedulers = host.Services.GetRequiredService<ISchedulerFactory>();
        foreach (var scheduler in await schedulers.GetAllSchedulers())
        {
            await scheduler.Shutdown(waitForJobsToComplete: true);
        }

        host.Dispose();
    }
}
