using System.Security.Claims;
using Sakip.Analytics.Web.Authorization;

namespace Sakip.Analytics.Web.Operator;

/// <summary>The navigation entries of a signed-in user: "Operator" per tenant they operate, "Log audit" per tenant they belong to otherwise.</summary>
public static class OperatorNavigation
{
    public static IReadOnlyList<(string Title, string Url)> Links(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return [];
        }

        var memberships = user.FindAll(SakipClaims.TenantRole)
            .Select(c => c.Value.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => (Tenant: parts[0], Role: parts[1]))
            .ToList();
        var operated = memberships.Where(m => m.Role == TenantRoles.Operator).Select(m => m.Tenant).Distinct().Order(StringComparer.Ordinal).ToList();
        var others = memberships.Select(m => m.Tenant).Distinct().Except(operated).Order(StringComparer.Ordinal);
        return
        [
            .. operated.Select(t => (operated.Count == 1 ? "Operator" : $"Operator · {t}", $"/{t}/operator")),
            .. others.Select(t => ($"Log audit · {t}", $"/{t}/audit")),
        ];
    }
}
