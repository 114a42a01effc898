using Sakip.Analytics.Application.Tenancy;
using Sakip.Analytics.Web.Authorization;
using Sakip.Analytics.Web.Caching;

namespace Sakip.Analytics.Web.Dashboards;

/// <summary>
/// The one door from a request to a <see cref="TenantScope"/>, for every page, API call and download:
/// drafts for members of the tenant (and platform admins), published facts for everyone else. The
/// response is marked with what it shows, and a response with drafts is never cached.
/// </summary>
public sealed class RequestScopes(ITenantAccess access)
{
    public TenantScope For(HttpContext context, string tenant)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = access.ScopeFor(context.User, tenant);
        DraftVisibility.Mark(context.Response, scope.IncludesDrafts);
        return scope;
    }
}

public static class RequestScopesRegistration
{
    public static IServiceCollection AddRequestScopes(this IServiceCollection services)
    {
        services.AddSingleton<RequestScopes>();
        services.AddSingleton<DraftNotices>();
        return services;
    }
}
