using System.Security.Claims;
using Sakip.Analytics.Application.Tenancy;

namespace Sakip.Analytics.Web.Authorization;

public sealed class ClaimsTenantAccess : ITenantAccess
{
    public TenantScope ScopeFor(ClaimsPrincipal user, string tenant) =>
        IsMember(user, tenant) ? TenantScope.WithDrafts(tenant) : TenantScope.Published(tenant);

    public bool IsMember(ClaimsPrincipal user, string tenant) =>
        IsPlatformAdmin(user) || TenantRoles.All.Any(role => HasRole(user, tenant, role));

    public bool HasRole(ClaimsPrincipal user, string tenant, string role)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true
            && user.HasClaim(SakipClaims.TenantRole, SakipClaims.TenantRoleValue(tenant, role));
    }

    public bool IsPlatformAdmin(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true && user.HasClaim(SakipClaims.PlatformAdmin, "true");
    }
}
