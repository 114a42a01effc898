using Sakip.Analytics.Application.Audit;
using Sakip.Analytics.Application.Tenants;
using Sakip.Analytics.Identity.OneTimePasswords;

namespace Sakip.Analytics.Web.Admin;

public sealed record TenantsPage(IReadOnlyList<TenantSummary> Tenants, NewTenantForm Form);

public sealed record TenantPage(TenantSummary Tenant, IReadOnlyList<UnitDefinition> Units, IReadOnlyList<AuditRecord> Audit, NewUnitForm Form);

public sealed record UsersPage(IReadOnlyList<UserRow> Users, IReadOnlyList<TenantSummary> Tenants, IReadOnlyList<string> Roles, NewUserForm Form);

public sealed record UserRow(
    string Id,
    string UserName,
    bool PlatformAdmin,
    bool MustChangePassword,
    DateTimeOffset? LockedUntil,
    int FailedAttempts,
    IReadOnlyList<MembershipRow> Memberships);

public sealed record MembershipRow(string Tenant, string Role);

/// <summary>The page that shows a new one-time password, the only time it is ever shown.</summary>
public sealed record OneTimePasswordPage(OneTimeCredential Credential, string Why);

/// <summary>What an administration step did: its errors, or the one-time password it produced.</summary>
public sealed record AdminOutcome(IReadOnlyList<string> Errors, OneTimeCredential? Credential = null)
{
    public static AdminOutcome Done { get; } = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static AdminOutcome Fail(params string[] errors) => new(errors);
}
