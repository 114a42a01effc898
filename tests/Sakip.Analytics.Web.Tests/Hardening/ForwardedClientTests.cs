using System.Net;
using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Hardening;

/// <summary>
/// Behind a trusted reverse proxy each visitor has a rate-limit bucket of its own, taken from
/// X-Forwarded-For; without a trusted proxy the header is ignored, so no client can dodge the
/// limit by writing a new address into it.
/// </summary>
public sealed class ForwardedClientTests
{
    private const int Permits = 3;

    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_is_limited_on_its_own()
    {
        using var host = Host(("ReverseProxy:KnownProxies:0", "127.0.0.1"), ("ReverseProxy:KnownProxies:1", "::1"));
        host.StartServer();
        using var client = host.NewClient();

        var first = await StatusesAsync(client, "203.0.113.10", Permits + 2);
        var second = await StatusesAsync(client, "203.0.113.20", 1);

        Assert.Contains(HttpStatusCode.TooManyRequests, first);
        Assert.Equal([HttpStatusCode.OK], second);
    }

    [Fact]
    public async Task Without_a_trusted_proxy_a_forwarded_address_does_not_buy_a_new_bucket()
    {
        using var host = Host();
        host.StartServer();
        using var client = host.NewClient();

        var first = await StatusesAsync(client, "203.0.113.10", Permits + 2);
        var second = await StatusesAsync(client, "203.0.113.20", 1);

        Assert.Contains(HttpStatusCode.TooManyRequests, first);
        Assert.Equal([HttpStatusCode.TooManyRequests], second);
    }

    [Fact]
    public void A_proxy_entry_that_is_not_an_address_stops_the_start_with_its_setting_named()
    {
        using var host = Host(("ReverseProxy:KnownNetworks:0", "10.0.0.0/abc"));

        var error = Assert.ThrowsAny<Exception>(host.StartServer);

        Assert.Contains("ReverseProxy:KnownNetworks", error.ToString(), StringComparison.Ordinal);
    }

    private static SignedInHost Host(params (string Key, string Value)[] proxySettings)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Store:LoadDemoDataWhenEmpty"] = "false",
            ["RateLimiting:AnonymousPermits"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting:WindowSeconds"] = "600",
        };
        foreach (var (key, value) in proxySettings)
        {
            settings[key] = value;
        }

        return new SignedInHost(settings);
    }

    private static async Task<List<HttpStatusCode>> StatusesAsync(HttpClient client, string forwardedFor, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v1/queries?client={forwardedFor}&n={i}", UriKind.Relative));
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
