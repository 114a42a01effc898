using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Sakip.Analytics.Web.Benchmarks;

/// <summary>The web app as `dotnet run` starts it (Kestrel, demo data loaded by the ETL job) over a fresh store in a temp folder.</summary>
internal sealed class BenchmarkHost : WebApplicationFactory<Program>
{
    public BenchmarkHost()
    {
        // The app's content root (wwwroot, views) is its project folder, as under `dotnet run`.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SAKIP_ANALYTICS_WEB", WebProjectFolder());
        DataDirectory = Directory.CreateTempSubdirectory("sakip-bench-").FullName;
        UseKestrel(0);
    }

    public string DataDirectory { get; }

    public Uri BaseAddress =>
        new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("localhost", "127.0.0.1", StringComparison.Ordinal));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Store:DataDirectory", DataDirectory);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    private static string WebProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "Sakip.Analytics.Web");
            if (File.Exists(Path.Combine(candidate, "Sakip.Analytics.Web.csproj")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Run the benchmark from the repository: src/Sakip.Analytics.Web was not found above " + AppContext.BaseDirectory);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
