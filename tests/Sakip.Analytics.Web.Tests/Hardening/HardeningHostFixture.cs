using Microsoft.Extensions.DependencyInjection;
using Sakip.Analytics.Application.Dashboards.ReadModel;
using Sakip.Analytics.Storage.Dashboards;
using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Hardening;

/// <summary>
/// A host with an empty store (it starts in a second), five anonymous requests per minute and a read
/// model that fails for one tenant. The environment is the test host's default, Development: the
/// one where a stack trace would most likely slip out.
/// </summary>
public sealed class HardeningHostFixture : IDisposable
{
    public const int AnonymousPermits = 5;

    public HardeningHostFixture()
    {
        Host = new SignedInHost(
            new Dictionary<string, string?>
            {
                ["Store:LoadDemoDataWhenEmpty"] = "false",
                ["RateLimiting:AnonymousPermits"] = AnonymousPermits.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["RateLimiting:WindowSeconds"] = "600",
            },
            services => services.AddSingleton<IDashboardReadModel>(sp => new FaultyReadModel(ActivatorUtilities.CreateInstance<DashboardReadModel>(sp))));
        Host.StartServer();
        Client = Host.NewClient();
    }

    public SignedInHost Host { get; }

    public HttpClient Client { get; }

    public SignedInClient As(TestUser user) => new(Client, user);

    public void Dispose()
    {
        Client.Dispose();
        Host.Dispose();
    }
}
