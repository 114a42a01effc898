using Sakip.Analytics.Application.Dashboards;

namespace Sakip.Analytics.Web.Dashboards;

/// <summary>
/// Once the app has started, runs every dashboard of every tenant with its defaults in the
/// background: the facts cache fills and the code is jitted before the first visitor asks.
/// </summary>
public sealed partial class DashboardWarmup(DashboardRunner runner, IHostApplicationLifetime lifetime, ILogger<DashboardWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
        await Task.Run(() => WarmUp(stoppingToken), stoppingToken);
    }

    private void WarmUp(CancellationToken stoppingToken)
    {
        var empty = new Dictionary<string, IReadOnlyList<string>>();
        try
        {
            foreach (var tenant in runner.Tenants())
            {
                foreach (var dashboard in runner.Dashboards.All)
                {
                    stoppingToken.ThrowIfCancellationRequested();
                    runner.Run(PublicScope.Of(tenant.Tenant), dashboard.Id, empty);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A warm-up failure only costs the first visitor some time; the request itself will report the fault.
            LogWarmupFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dashboard warm-up stopped early")]
    private static partial void LogWarmupFailed(ILogger logger, Exception exception);
}
