using Microsoft.AspNetCore.Identity;

namespace Sakip.Analytics.Identity;

/// <summary>An account. Its rights are its tenant memberships and, for platform admins, the <see cref="PlatformRoles.Admin"/> role.</summary>
public sealed class SakipUser : IdentityUser
{
    /// <summary>Set for a one-time password (the first admin, accounts an admin creates): the first sign-in must replace it.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public ICollection<TenantMembership> Memberships { get; } = [];
}
