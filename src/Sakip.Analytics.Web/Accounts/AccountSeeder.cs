using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sakip.Analytics.Application.Audit;
using Sakip.Analytics.Identity;
using Sakip.Analytics.Identity.OneTimePasswords;
using WarehouseOptions = Sakip.Analytics.Storage.StoreOptions;
using Sakip.Analytics.Web.Authorization;

namespace Sakip.Analytics.Web.Accounts;

/// <summary>
/// At start: the first platform admin when there is no account at all, and in demo mode one account
/// per role for each demo tenant. Passwords are random and go to the <see cref="IOneTimePasswordSink"/>
/// once, at creation; no password exists in the repository or the configuration.
/// </summary>
public sealed partial class AccountSeeder(
    UserManager<SakipUser> users,
    IdentityStore store,
    IOneTimePasswordSink sink,
    DemoTenants demoTenants,
    IOptions<DemoOptions> demo,
    IOptions<WarehouseOptions> storeOptions,
    IAuditLog audit,
    ILogger<AccountSeeder> logger)
{
    public const string AdminUserName = "admin";
    public const string Actor = "system";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!await users.Users.AnyAsync(cancellationToken))
        {
            await CreateFirstAdminAsync();
        }

        if (demo.Value.Accounts ?? storeOptions.Value.LoadDemoDataWhenEmpty)
        {
            await CreateDemoAccountsAsync();
        }
    }

    /// <summary>The demo account of a role in a tenant, e.g. pimpinan@kota-dumai.</summary>
    public static string DemoUserName(string tenant, string role) => $"{role.ToLowerInvariant()}@{tenant}";

    private async Task CreateFirstAdminAsync()
    {
        var password = OneTimePassword.Generate();
        var admin = new SakipUser { UserName = AdminUserName, MustChangePassword = true };
        Check(await users.CreateAsync(admin, password), AdminUserName);
        Check(await users.AddToRoleAsync(admin, PlatformRoles.Admin), AdminUserName);
        audit.Append(new AuditEntry(null, Actor, AuditActions.UserCreated, Detail: $"{AdminUserName} (admin platform, start pertama)"));
        sink.Deliver(
            $"Admin platform pertama / first platform admin. Masuk di {AccountCookie.LoginPath}; kata sandi ini harus diganti saat masuk pertama.",
            [new OneTimeCredential(AdminUserName, password)]);
        LogFirstAdmin(logger, AdminUserName);
    }

    private async Task CreateDemoAccountsAsync()
    {
        var created = new List<OneTimeCredential>();
        foreach (var tenant in demoTenants.InStore())
        {
            foreach (var role in TenantRoles.All)
            {
                var userName = DemoUserName(tenant, role);
                if (await users.FindByNameAsync(userName) is not null)
                {
                    continue;
                }

                var password = OneTimePassword.Generate();
                var user = new SakipUser { UserName = userName };
                Check(await users.CreateAsync(user, password), userName);
                store.Memberships.Add(new TenantMembership { UserId = user.Id, Tenant = tenant, Role = role, GrantedBy = Actor });
                await store.SaveChangesAsync();
                audit.Append(new AuditEntry(tenant, Actor, AuditActions.UserCreated, Detail: $"{userName} (akun demo)"));
                audit.Append(new AuditEntry(tenant, Actor, AuditActions.RoleGranted, Detail: $"{userName}: {role}"));
                created.Add(new OneTimeCredential(userName, password));
            }
        }

        if (created.Count > 0)
        {
            sink.Deliver("Akun demo (mode demo: Demo:Accounts) / demo accounts, satu per peran per pemda demo.", created);
            LogDemoAccounts(logger, created.Count);
        }
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create the account {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "First start: created the platform admin '{UserName}'; its one-time password was printed to the console")]
    private static partial void LogFirstAdmin(ILogger logger, string userName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo mode: created {Count} demo accounts; their passwords were printed to the console")]
    private static partial void LogDemoAccounts(ILogger logger, int count);
}
