using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sakip.Analytics.Identity;
using Sakip.Analytics.Web.Authorization;

namespace Sakip.Analytics.Web.Accounts;

/// <summary>
/// Issues the authorization claims at sign-in (and whenever the security stamp is re-validated):
/// one <see cref="SakipClaims.TenantRole"/> per membership and <see cref="SakipClaims.PlatformAdmin"/>
/// for platform admins. An account that still has to replace its one-time password gets none of them.
/// </summary>
public sealed class SakipClaimsPrincipalFactory(
    UserManager<SakipUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    IdentityStore store)
    : UserClaimsPrincipalFactory<SakipUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(SakipUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
        {
            foreach (var role in identity.FindAll(identity.RoleClaimType).ToList())
            {
                identity.RemoveClaim(role);
            }

            identity.AddClaim(new Claim(AccountClaims.PasswordChangeRequired, "true"));
            return identity;
        }

        if (await UserManager.IsInRoleAsync(user, PlatformRoles.Admin))
        {
            identity.AddClaim(new Claim(SakipClaims.PlatformAdmin, "true"));
        }

        var memberships = await store.Memberships.AsNoTracking()
            .Where(m => m.UserId == user.Id)
            .Select(m => new { m.Tenant, m.Role })
            .ToListAsync();
        foreach (var membership in memberships.Where(m => TenantRoles.All.Contains(m.Role)).OrderBy(m => m.Tenant, StringComparer.Ordinal))
        {
            identity.AddClaim(new Claim(SakipClaims.TenantRole, SakipClaims.TenantRoleValue(membership.Tenant, membership.Role)));
        }

        return identity;
    }
}
