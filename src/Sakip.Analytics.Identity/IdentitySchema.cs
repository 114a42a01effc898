using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Sakip.Analytics.Identity;

/// <summary>
/// Creates the account tables on first start. There is no EF migrations tooling in this build
/// (Microsoft.EntityFrameworkCore.Design is not available), so the schema comes from the model via
/// EnsureCreated: a later schema change needs a hand-written SQL step.
/// </summary>
public static class IdentitySchema
{
    public static async Task EnsureCreatedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IdentityStore>();
        if (store.Database.IsSqlite()
            && new SqliteConnectionStringBuilder(store.Database.GetConnectionString()).DataSource is { Length: > 0 } file
            && file != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        }

        await store.Database.EnsureCreatedAsync(cancellationToken);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(PlatformRoles.Admin))
        {
            var created = await roles.CreateAsync(new IdentityRole(PlatformRoles.Admin));
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Could not create the role {PlatformRoles.Admin}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }
        }
    }
}
