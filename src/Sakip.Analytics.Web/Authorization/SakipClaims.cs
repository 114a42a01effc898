namespace Sakip.Analytics.Web.Authorization;

/// <summary>Claims issued at sign-in from the user's tenant memberships.</summary>
public static class SakipClaims
{
    /// <summary>One claim per membership, value "{tenant}:{role}", e.g. "kota-dumai:Operator".</summary>
    public const string TenantRole = "sakip:tenant-role";

    /// <summary>Present (value "true") for platform administrators, who manage tenants and users.</summary>
    public const string PlatformAdmin = "sakip:platform-admin";

    public static string TenantRoleValue(string tenant, string role) => $"{tenant}:{role}";
}
