using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Sakip.Analytics.Identity;
using Sakip.Analytics.Web.Admin;
using Sakip.Analytics.Web.Authorization;
using WarehouseOptions = Sakip.Analytics.Storage.StoreOptions;

namespace Sakip.Analytics.Web.Accounts;

public static class AccountsRegistration
{
    public const string AntiforgeryCookieName = "sakip.csrf";

    /// <summary>The data-protection key ring, inside the data folder.</summary>
    public const string KeysFolder = "keys";

    /// <summary>Accounts (Identity on SQLite or PostgreSQL), the sign-in cookie, claims, tenant policies, antiforgery on every form, the admin pages.</summary>
    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddIdentityStore();
        var services = builder.Services;
        if (!services.Any(d => d.ServiceType == typeof(ITenantAccess)))
        {
            services.AddTenantAuthorization();
        }

        services.Replace(ServiceDescriptor.Scoped<IUserClaimsPrincipalFactory<SakipUser>, SakipClaimsPrincipalFactory>());
        services.ConfigureApplicationCookie(AccountCookie.Configure);
        // The keys that protect the sign-in and antiforgery cookies live in the data folder, so
        // sessions survive a restart of the dashboard (a container's home folder does not).
        services.AddDataProtection().SetApplicationName("Sakip.Analytics");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<WarehouseOptions>, ILoggerFactory>((keys, store, logs) =>
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(store.Value.ResolvedDataDirectory, KeysFolder)), logs));
        // Revoked roles and locked accounts reach signed-in sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = AntiforgeryCookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<MvcOptions>(o =>
        {
            // Every POST, PUT, PATCH and DELETE of every controller needs the form's antiforgery token.
            o.Filters.Add<FormAntiforgeryFilter>();
            o.Filters.Add<PasswordChangeFilter>();
        });
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName).ValidateOnStart();
        services.AddSingleton<DemoTenants>();
        services.AddSingleton<SignInTiming>();
        services.AddScoped<AccountSeeder>();
        services.AddScoped<UserAdministration>();
        services.AddSingleton<TenantAdminPages>();
        return builder;
    }

    /// <summary>Creates the account tables, the first platform admin and, in demo mode, the demo accounts. Run after the demo data is loaded.</summary>
    public static async Task EnsureAccountsAsync(this WebApplication app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        await IdentitySchema.EnsureCreatedAsync(app.Services, cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountSeeder>().SeedAsync(cancellationToken);
    }
}
