namespace Sakip.Analytics.Web.Security;

/// <summary>
/// Bound from the "ReverseProxy" configuration section: the proxies whose X-Forwarded-For and
/// X-Forwarded-Proto headers are believed. Empty (the default) believes no one, so a client cannot
/// pick its own address for the rate limit by sending the header itself.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string SectionName = "ReverseProxy";

    /// <summary>Addresses of trusted proxies, e.g. "127.0.0.1" for nginx on the same machine.</summary>
    public List<string> KnownProxies { get; } = [];

    /// <summary>Trusted proxy networks in CIDR form, e.g. "10.0.0.0/8".</summary>
    public List<string> KnownNetworks { get; } = [];

    public bool TrustsAnyProxy => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
