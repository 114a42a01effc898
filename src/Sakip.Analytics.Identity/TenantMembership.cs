namespace Sakip.Analytics.Identity;

/// <summary>One role of a user in one tenant (pemda); a user may hold several, in several tenants.</summary>
public sealed class TenantMembership
{
    public required string UserId { get; set; }

    /// <summary>The tenant slug, e.g. "kota-dumai".</summary>
    public required string Tenant { get; set; }

    /// <summary>Pimpinan, Perencana or Operator.</summary>
    public required string Role { get; set; }

    public DateTimeOffset GrantedAt { get; set; } = DateTimeOffset.UtcNow;

    public required string GrantedBy { get; set; }
}
