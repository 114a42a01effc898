using Microsoft.AspNetCore.OutputCaching;

namespace Sakip.Analytics.Web.Caching;

/// <summary>
/// No cache lookup or storage for a signed-in request, and no storage of a response marked as
/// showing drafts: a member's draft page can never be served to the public or to another tenant.
/// The framework's default policy skips authenticated requests too; this says so explicitly and
/// also checks the response, in case a request reached the page some other way.
/// </summary>
public sealed class AnonymousOnlyPolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HttpContext.User.Identity?.IsAuthenticated == true)
        {
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HttpContext.User.Identity?.IsAuthenticated == true
            || DraftVisibility.IsMarked(context.HttpContext.Response))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
