namespace Sakip.Analytics.Web.Tests.Hosting;

/// <summary>One started web host with the demo data, shared by every test class of the collection.</summary>
public sealed class WebAppFixture : IDisposable
{
    public WebAppFixture()
    {
        Host = new DashboardHost();
        Host.StartServer();
        Client = new HttpClient { BaseAddress = Host.BaseAddress };
    }

    public DashboardHost Host { get; }

    public HttpClient Client { get; }

    public Uri BaseAddress => Host.BaseAddress;

    public void Dispose()
    {
        Client.Dispose();
        Host.Dispose();
    }
}
