using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Sakip.Analytics.Etl;
using Sakip.Analytics.Storage;

namespace Sakip.Analytics.Storage.Tests;

/// <summary>A real DuckDB file in a temp folder with the ETL wired as the command line wires it.</summary>
public sealed class StoreHost : IAsyncDisposable
{
    private readonly IHost host;

    private StoreHost(string dataDirectory, IHost host)
    {
        DataDirectory = dataDirectory;
        this.host = host;
    }

    public string DataDirectory { get; }

    public IServiceProvider Services => host.Services;

    public T Get<T>() where T : notnull => host.Services.GetRequiredService<T>();

    public Warehouse Warehouse => Get<Warehouse>();

    public static async Task<StoreHost> StartAsync(bool loadDemo, string? dataDirectory = null, bool watchInbox = false)
    {
        dataDirectory ??= Directory.CreateTempSubdirectory("sakip-test-").FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:DataDirectory"] = dataDirectory,
            ["Store:LoadDemoDataWhenEmpty"] = loadDemo ? "true" : "false",
            ["Etl:MaxAttempts"] = "2",
            ["Etl:InboxScanSeconds"] = "1",
        });
        builder.Logging.ClearProviders();
        builder.AddEtl(watchInbox);
        var storeHost = new StoreHost(dataDirectory, builder.Build());
        await storeHost.Get<DemoData>().EnsureLoadedAsync(CancellationToken.None);
        if (watchInbox)
        {
            await storeHost.host.StartAsync();
        }

        return storeHost;
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        foreach (var scheduler in await Get<ISchedulerFactory>().GetAllSchedulers())
        {
            await scheduler.Shutdown(waitForJobsToComplete: true);
        }

        host.Dispose();
    }

    public static string DemoBatch(string name) => Path.Combine(AppContext.BaseDirectory, "demo", name);

    public const string SeiBalai = "lkjip-2023-kabupaten-batu-bara-kecamatan-sei-balai";
    public const string SungaiSembilan = "lkjip-2022-kota-dumai-kecamatan-sungai-sembilan";
    public const string Sumbersari = "lkjip-2021-kabupaten-jember-kecamatan-sumbersari";
}
