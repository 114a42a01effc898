namespace Sakip.Analytics.Web.Authorization;

/// <summary>
/// Authorization policies. The tenant policies read the tenant from the route value "tenant", so
/// every tenant-scoped action lives under a /{tenant}/... (or /api/v1/{tenant}/...) route.
/// </summary>
public static class Policies
{
    public const string PlatformAdmin = "PlatformAdmin";

    /// <summary>Any role (Pimpinan, Perencana, Operator) in the route's tenant, or a platform admin.</summary>
    public const string TenantMember = "TenantMember";

    /// <summary>Operator in the route's tenant, or a platform admin.</summary>
    public const string TenantOperator = "TenantOperator";
}
