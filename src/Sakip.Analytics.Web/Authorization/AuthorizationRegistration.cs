using Microsoft.AspNetCore.Authorization;

namespace Sakip.Analytics.Web.Authorization;

public static class AuthorizationRegistration
{
    public static IServiceCollection AddTenantAuthorization(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<ITenantAccess, ClaimsTenantAccess>();
        services.AddSingleton<IAuthorizationHandler, TenantRoleHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.PlatformAdmin, p => p.RequireAuthenticatedUser().RequireClaim(SakipClaims.PlatformAdmin, "true"))
            .AddPolicy(Policies.TenantMember, p => p.RequireAuthenticatedUser().AddRequirements(new TenantRoleRequirement(TenantRoles.All)))
            .AddPolicy(Policies.TenantOperator, p => p.RequireAuthenticatedUser().AddRequirements(new TenantRoleRequirement([TenantRoles.Operator])));
        return services;
    }
}
