using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Sakip.Analytics.Web.Tests.Hosting;

/// <summary>
/// The real web host on Kestrel over a fresh DuckDB file with the demo data, plus the test sign-in
/// scheme (<see cref="TestSignIn"/>), so requests can act as any role of any tenant.
/// </summary>
public class SignedInHost : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? services;

    public SignedInHost(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        this.settings = settings ?? new Dictionary<string, string?>();
        this.services = services;
        DataDirectory = Directory.CreateTempSubdirectory("sakip-web-auth-").FullName;
        UseKestrel(0);
    }

    public string DataDirectory { get; }

    public Uri BaseAddress
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    /// <summary>A client that follows no redirect and keeps no cookies: each request says who it is.</summary>
    public HttpClient NewClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Store:DataDirectory", DataDirectory);
        builder.UseSetting("Store:LoadDemoDataWhenEmpty", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // The matrix sends hundreds of anonymous requests from one address in seconds.
        builder.UseSetting("RateLimiting:AnonymousPermits", "100000");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(collection =>
        {
            collection.AddTestSignIn();
            services?.Invoke(collection);
        });
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
