using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Sakip.Analytics.Web.Tests.Hosting;

/// <summary>
/// The real web host (Program) on Kestrel with a free port, over a real DuckDB file in a temp folder.
/// Program loads the demo data through the ETL job at start, as `dotnet run` does.
/// </summary>
public sealed class DashboardHost : WebApplicationFactory<Program>
{
    private readonly string? dashboardsFolder;

    public DashboardHost(string? dashboardsFolder = null)
    {
        this.dashboardsFolder = dashboardsFolder;
        DataDirectory = Directory.CreateTempSubdirectory("sakip-web-test-").FullName;
        UseKestrel(0);
    }

    public string DataDirectory { get; }

    /// <summary>The address Kestrel listens on, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Store:DataDirectory", DataDirectory);
        builder.UseSetting("Store:LoadDemoDataWhenEmpty", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (dashboardsFolder is not null)
        {
            builder.UseSetting("Dashboards:Folder", dashboardsFolder);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open only leaves a temp folder behind.
            }
        }
    }
}
