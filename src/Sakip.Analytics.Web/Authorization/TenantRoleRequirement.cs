using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Sakip.Analytics.Web.Authorization;

/// <summary>Requires one of <see cref="Roles"/> in the tenant named by the route value "tenant".</summary>
public sealed class TenantRoleRequirement(IReadOnlyList<string> roles) : IAuthorizationRequirement
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

public sealed class TenantRoleHandler(ITenantAccess access, IHttpContextAccessor http) : AuthorizationHandler<TenantRoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TenantRoleRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        var tenant = http.HttpContext?.GetRouteValue("tenant") as string;
        if (access.IsPlatformAdmin(context.User)
            || (tenant is not null && requirement.Roles.Any(role => access.HasRole(context.User, tenant, role))))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
