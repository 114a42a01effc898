using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Sakip.Analytics.Web.Security;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address; the anonymous rate limit
/// would then be one bucket for the whole public. With the proxy configured under "ReverseProxy",
/// the client address and scheme are taken from the headers that proxy sets, and from no one else.
/// </summary>
public static class ForwardedHeadersRegistration
{
    public static IHostApplicationBuilder AddForwardedHeadersFromTrustedProxies(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var proxies = builder.Configuration.GetSection(ReverseProxyOptions.SectionName).Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var address) ? address : throw NotAnAddress("KnownProxies", proxy));
            }

            foreach (var network in proxies.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var range) ? range : throw NotAnAddress("KnownNetworks", network));
            }
        });
        return builder;
    }

    /// <summary>First in the pipeline: everything after it, the rate limit and HSTS included, sees the client.</summary>
    public static WebApplication UseForwardedHeadersFromTrustedProxies(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var proxies = app.Configuration.GetSection(ReverseProxyOptions.SectionName).Get<ReverseProxyOptions>();
        if (proxies?.TrustsAnyProxy == true)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    private static InvalidOperationException NotAnAddress(string setting, string text) =>
        new($"ReverseProxy:{setting} has an entry that is not an address: '{text}'.");
}
