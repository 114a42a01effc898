using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Analytics.Identity.OneTimePasswords;

namespace Sakip.Analytics.Web.Tests.Accounts.Support;

/// <summary>
/// The real web host (Program on Kestrel, demo data loaded into a DuckDB file, accounts in a real
/// SQLite file or a real PostgreSQL server) whose one-time passwords land in <see cref="Sink"/>
/// instead of the console. Several hosts may start one after the other on the same data folder.
/// </summary>
public sealed class AccountHost : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly bool ownsDataDirectory;

    public AccountHost(string? dataDirectory = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        ownsDataDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? Directory.CreateTempSubdirectory("sakip-accounts-test-").FullName;
        this.settings = settings ?? new Dictionary<string, string>();
        UseKestrel(0);
    }

    public string DataDirectory { get; }

    public CapturingPasswordSink Sink { get; } = new();

    public Uri BaseAddress
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    public static AccountHost Start(string? dataDirectory = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new AccountHost(dataDirectory, settings);
        host.StartServer();
        return host;
    }

    public AccountClient Client() => new(this);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Store:DataDirectory", DataDirectory);
        builder.UseSetting("Store:LoadDemoDataWhenEmpty", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IOneTimePasswordSink>(Sink));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDataDirectory)
        {
            DeleteFolder(DataDirectory);
        }
    }

    public static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }
}
