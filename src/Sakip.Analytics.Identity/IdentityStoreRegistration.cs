using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sakip.Analytics.Identity.OneTimePasswords;
using WarehouseOptions = Sakip.Analytics.Storage.StoreOptions;

namespace Sakip.Analytics.Identity;

public static class IdentityStoreRegistration
{
    /// <summary>ASP.NET Core Identity on EF Core with the account rules of <see cref="AccountPolicy"/>.</summary>
    public static IHostApplicationBuilder AddIdentityStore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<IdentityStoreOptions>()
            .BindConfiguration(IdentityStoreOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString ??= configuration.GetConnectionString(IdentityStoreOptions.ConnectionStringName))
            .Validate(
                o => o.Provider != IdentityProvider.PostgreSql || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Identity:Provider is PostgreSql: set ConnectionStrings:Identity (environment ConnectionStrings__Identity).")
            .ValidateOnStart();
        builder.Services.AddDbContext<IdentityStore>((services, db) =>
        {
            var options = services.GetRequiredService<IOptions<IdentityStoreOptions>>().Value;
            var connection = options.ResolvedConnectionString(services.GetRequiredService<IOptions<WarehouseOptions>>().Value);
            _ = options.Provider == IdentityProvider.PostgreSql ? db.UseNpgsql(connection) : db.UseSqlite(connection);
        });
        builder.Services.AddIdentity<SakipUser, IdentityRole>(ApplyAccountPolicy)
            .AddEntityFrameworkStores<IdentityStore>()
            .AddErrorDescriber<IndonesianIdentityErrors>();
        builder.Services.TryAddSingleton<IOneTimePasswordSink>(_ => new ConsoleOneTimePasswordSink());
        // Every Identity read and write is a SQL command; EF Core logs each at Information.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        return builder;
    }

    private static void ApplyAccountPolicy(IdentityOptions options)
    {
        options.Password.RequiredLength = AccountPolicy.MinimumPasswordLength;
        options.Password.RequiredUniqueChars = AccountPolicy.MinimumUniqueCharacters;
        options.Password.RequireUppercase = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireDigit = true;
        options.Password.RequireNonAlphanumeric = true;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = AccountPolicy.MaxFailedAttempts;
        options.Lockout.DefaultLockoutTimeSpan = AccountPolicy.LockoutDuration;
        options.User.RequireUniqueEmail = false;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
