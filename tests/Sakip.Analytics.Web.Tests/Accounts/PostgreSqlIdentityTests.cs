using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Sakip.Analytics.Application.Tenancy;
using Sakip.Analytics.Identity;
using Sakip.Analytics.Web.Authorization;
using Sakip.Analytics.Web.Tests.Accounts.Support;

namespace Sakip.Analytics.Web.Tests.Accounts;

/// <summary>The same accounts on a real PostgreSQL server, chosen by configuration only.</summary>
public sealed class PostgreSqlIdentityTests(PostgreSqlServer server) : IClassFixture<PostgreSqlServer>
{
    [Fact]
    public async Task Accounts_live_in_PostgreSQL_when_configured_and_sign_in_lockout_and_claims_work_there()
    {
        var connectionString = server.ConnectionString("sakip_identity");
        using var host = AccountHost.Start(settings: new Dictionary<string, string>
        {
            ["Identity:Provider"] = "PostgreSql",
            ["ConnectionStrings:Identity"] = connectionString,
        });

        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.True(scope.ServiceProvider.GetRequiredService<IdentityStore>().Database.IsNpgsql());
        }

        Assert.False(File.Exists(Path.Combine(host.DataDirectory, IdentityStoreOptions.SqliteFileName)));
        await using var database = new NpgsqlConnection(connectionString);
        await database.OpenAsync();
        Assert.Equal(10L, await ScalarAsync(database, "SELECT count(*) FROM \"AspNetUsers\""));
        Assert.Equal(9L, await ScalarAsync(database, "SELECT count(*) FROM \"TenantMemberships\""));

        using var admin = host.Client();
        var adminPassword = host.Sink.PasswordOf("admin");
        Assert.StartsWith("/akun/ganti-sandi", (await admin.SignInAsync("admin", adminPassword)).Location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.ChangePasswordAsync(adminPassword, "Admin-Di-Postgres-2026!")).Status);
        Assert.Equal(0L, await ScalarAsync(database, "SELECT count(*) FROM \"AspNetUsers\" WHERE \"MustChangePassword\""));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/pengguna")).Status);

        using var pimpinan = host.Client();
        await pimpinan.SignInAsync("pimpinan@kota-dumai", host.Sink.PasswordOf("pimpinan@kota-dumai"));
        var access = host.Services.GetRequiredService<ITenantAccess>();
        Assert.Equal(TenantScope.WithDrafts("kota-dumai"), access.ScopeFor(pimpinan.CookiePrincipal()!, "kota-dumai"));

        using var guesser = host.Client();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await guesser.SignInAsync("operator@kota-dumai", "Salah-Tebak-Sandi-1");
        }

        Assert.Equal(HttpStatusCode.OK, (await guesser.SignInAsync("operator@kota-dumai", host.Sink.PasswordOf("operator@kota-dumai"))).Status);
        Assert.Equal(1L, await ScalarAsync(database, "SELECT count(*) FROM \"AspNetUsers\" WHERE \"UserName\" = 'operator@kota-dumai' AND \"LockoutEnd\" > now() + interval '14 minutes'"));
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
