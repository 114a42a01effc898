namespace Sakip.Analytics.Identity;

/// <summary>Identity roles above the tenants; tenant roles live in <see cref="TenantMembership"/>.</summary>
public static class PlatformRoles
{
    /// <summary>Manages tenants (pemda), their units, users and memberships.</summary>
    public const string Admin = "PlatformAdmin";
}
