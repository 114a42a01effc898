using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Sakip.Analytics.Web.Security;

/// <summary>
/// One fixed window per anonymous client IP and one per signed-in user. It sits behind the output
/// cache, so what it limits is rendering: a flood of distinct URLs, not visitors reading cached pages.
/// A rejected request is a 429 problem+json with Retry-After.
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.SectionName)
            .Validate(o => o.AnonymousPermits >= 1 && o.UserPermits >= 1 && o.WindowSeconds >= 1,
                "RateLimiting:AnonymousPermits, UserPermits and WindowSeconds must be at least 1.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>>((limiter, configured) =>
        {
            var limits = configured.Value;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitingOptions limits)
    {
        var user = context.User.Identity;
        var (key, permits) = user?.IsAuthenticated == true
            ? ("user:" + user.Name, limits.UserPermits)
            : ("ip:" + context.Connection.RemoteIpAddress, limits.AnonymousPermits);
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromSeconds(limits.WindowSeconds),
            QueueLimit = 0,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Terlalu banyak permintaan",
            Detail = "Batas permintaan terlampaui. Silakan coba lagi sebentar lagi.",
            Type = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
            Instance = context.Request.Path,
        };
        await context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
    }
}
