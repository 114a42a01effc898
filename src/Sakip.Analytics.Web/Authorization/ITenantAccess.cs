using System.Security.Claims;
using Sakip.Analytics.Application.Tenancy;

namespace Sakip.Analytics.Web.Authorization;

/// <summary>
/// The one place that turns a user into a <see cref="TenantScope"/>: drafts for members of the
/// tenant (and platform admins), published facts for everyone else, anonymous users included.
/// </summary>
public interface ITenantAccess
{
    TenantScope ScopeFor(ClaimsPrincipal user, string tenant);

    bool IsMember(ClaimsPrincipal user, string tenant);

    bool HasRole(ClaimsPrincipal user, string tenant, string role);

    bool IsPlatformAdmin(ClaimsPrincipal user);
}
