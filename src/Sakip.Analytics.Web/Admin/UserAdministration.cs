using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sakip.Analytics.Application.Audit;
using Sakip.Analytics.Application.Tenants;
using Sakip.Analytics.Identity;
using Sakip.Analytics.Identity.OneTimePasswords;
using Sakip.Analytics.Web.Authorization;

namespace Sakip.Analytics.Web.Admin;

/// <summary>
/// The platform admin's work on accounts: create (with a one-time password), grant and revoke tenant
/// roles, unlock, reset a password. Each step goes to the audit log; a changed role reaches the
/// user's session at its next security-stamp check (within a minute).
/// </summary>
public sealed class UserAdministration(UserManager<SakipUser> users, IdentityStore store, ITenantAdministration tenants, IAuditLog audit)
{
    public async Task<UsersPage> PageAsync(NewUserForm form, CancellationToken cancellationToken)
    {
        var adminRole = await store.Roles.AsNoTracking().Where(r => r.Name == PlatformRoles.Admin).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
        var admins = (await store.UserRoles.AsNoTracking().Where(r => r.RoleId == adminRole).Select(r => r.UserId).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var memberships = (await store.Memberships.AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(m => m.UserId, StringComparer.Ordinal);
        var now = DateTimeOffset.UtcNow;
        var rows = (await store.Users.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(u => u.UserName, StringComparer.Ordinal)
            .Select(u => new UserRow(
                u.Id,
                u.UserName ?? "",
                admins.Contains(u.Id),
                u.MustChangePassword,
                u.LockoutEnd > now ? u.LockoutEnd : null,
                u.AccessFailedCount,
                [.. memberships[u.Id].OrderBy(m => m.Tenant, StringComparer.Ordinal).ThenBy(m => m.Role, StringComparer.Ordinal).Select(m => new MembershipRow(m.Tenant, m.Role))]))
            .ToList();
        return new UsersPage(rows, tenants.Tenants(), TenantRoles.All, form);
    }

    public async Task<AdminOutcome> CreateAsync(NewUserForm form, string actor)
    {
        ArgumentNullException.ThrowIfNull(form);
        var wantsRole = !string.IsNullOrWhiteSpace(form.Tenant) || !string.IsNullOrWhiteSpace(form.Role);
        if (wantsRole && CheckRole(form.Tenant, form.Role) is { } roleError)
        {
            return AdminOutcome.Fail(roleError);
        }

        var userName = form.UserName.Trim();
        var password = OneTimePassword.Generate();
        var user = new SakipUser { UserName = userName, MustChangePassword = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return AdminOutcome.Fail([.. created.Errors.Select(e => e.Description)]);
        }

        if (form.PlatformAdmin)
        {
            await users.AddToRoleAsync(user, PlatformRoles.Admin);
        }

        audit.Append(new AuditEntry(wantsRole ? form.Tenant : null, actor, AuditActions.UserCreated, Detail: form.PlatformAdmin ? $"{userName} (admin platform)" : userName));
        if (wantsRole)
        {
            await AddMembershipAsync(user, form.Tenant!, form.Role!, actor);
        }

        return new AdminOutcome([], new OneTimeCredential(userName, password));
    }

    public async Task<AdminOutcome> GrantAsync(string userId, RoleForm form, string actor)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return AdminOutcome.Fail("Pengguna tidak ditemukan.");
        }

        if (CheckRole(form.Tenant, form.Role) is { } error)
        {
            return AdminOutcome.Fail(error);
        }

        if (await store.Memberships.AnyAsync(m => m.UserId == userId && m.Tenant == form.Tenant && m.Role == form.Role))
        {
            return AdminOutcome.Fail($"{user.UserName} sudah menjadi {form.Role} di {form.Tenant}.");
        }

        await AddMembershipAsync(user, form.Tenant, form.Role, actor);
        await users.UpdateSecurityStampAsync(user);
        return AdminOutcome.Done;
    }

    public async Task<AdminOutcome> RevokeAsync(string userId, RoleForm form, string actor)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return AdminOutcome.Fail("Pengguna tidak ditemukan.");
        }

        var membership = await store.Memberships.SingleOrDefaultAsync(m => m.UserId == userId && m.Tenant == form.Tenant && m.Role == form.Role);
        if (membership is null)
        {
            return AdminOutcome.Fail($"{user.UserName} tidak memiliki peran {form.Role} di {form.Tenant}.");
        }

        store.Memberships.Remove(membership);
        await store.SaveChangesAsync();
        await users.UpdateSecurityStampAsync(user);
        audit.Append(new AuditEntry(form.Tenant, actor, AdminAuditActions.RoleRevoked, Detail: $"{user.UserName}: {form.Role}"));
        return AdminOutcome.Done;
    }

    public async Task<AdminOutcome> UnlockAsync(string userId, string actor)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return AdminOutcome.Fail("Pengguna tidak ditemukan.");
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        audit.Append(new AuditEntry(null, actor, AdminAuditActions.UserUnlocked, Detail: user.UserName));
        return AdminOutcome.Done;
    }

    /// <summary>Replaces the password with a new one-time password that must be changed at the next sign-in.</summary>
    public async Task<AdminOutcome> ResetPasswordAsync(string userId, string actor)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return AdminOutcome.Fail("Pengguna tidak ditemukan.");
        }

        var password = OneTimePassword.Generate();
        if (await users.HasPasswordAsync(user))
        {
            await users.RemovePasswordAsync(user);
        }

        var added = await users.AddPasswordAsync(user, password);
        if (!added.Succeeded)
        {
            return AdminOutcome.Fail([.. added.Errors.Select(e => e.Description)]);
        }

        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        audit.Append(new AuditEntry(null, actor, AdminAuditActions.PasswordReset, Detail: user.UserName));
        return new AdminOutcome([], new OneTimeCredential(user.UserName ?? "", password));
    }

    private string? CheckRole(string? tenant, string? role)
    {
        if (string.IsNullOrWhiteSpace(tenant) || tenants.Tenant(tenant) is null)
        {
            return "Pilih pemda yang ada.";
        }

        return role is not null && TenantRoles.All.Contains(role) ? null : $"Peran harus salah satu dari {string.Join(", ", TenantRoles.All)}.";
    }

    private async Task AddMembershipAsync(SakipUser user, string tenant, string role, string actor)
    {
        store.Memberships.Add(new TenantMembership { UserId = user.Id, Tenant = tenant, Role = role, GrantedBy = actor });
        await store.SaveChangesAsync();
        audit.Append(new AuditEntry(tenant, actor, AuditActions.RoleGranted, Detail: $"{user.UserName}: {role}"));
    }
}
