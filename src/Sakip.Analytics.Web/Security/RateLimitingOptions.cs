namespace Sakip.Analytics.Web.Security;

/// <summary>Bound from the "RateLimiting" configuration section.</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Requests an anonymous client (one IP address) may make per window; answers from the output cache do not count.</summary>
    public int AnonymousPermits { get; set; } = 1200;

    /// <summary>Requests a signed-in user may make per window.</summary>
    public int UserPermits { get; set; } = 4800;

    public int WindowSeconds { get; set; } = 60;
}
