using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Analytics.Identity;
using Sakip.Analytics.Web.Accounts;
using Sakip.Analytics.Web.Authorization;
using Sakip.Analytics.Web.Tests.Accounts.Support;

namespace Sakip.Analytics.Web.Tests.Accounts;

/// <summary>No password in the repository: the first start makes the admin and prints its one-time password once.</summary>
public sealed class FirstStartTests
{
    private const string NewAdminPassword = "Sandi-Baru-Admin-2026#";

    [Fact]
    public async Task First_start_creates_one_admin_prints_its_password_once_and_the_first_sign_in_forces_a_change()
    {
        var folder = Directory.CreateTempSubdirectory("sakip-first-start-").FullName;
        try
        {
            string oneTimePassword;
            string sessionCookies;
            using (var first = AccountHost.Start(folder))
            {
                var adminDeliveries = first.Sink.Deliveries.Where(d => d.Credentials.Any(c => c.UserName == "admin")).ToList();
                var delivery = Assert.Single(adminDeliveries);
                var credential = Assert.Single(delivery.Credentials);
                oneTimePassword = credential.Password;
                Assert.Equal(20, oneTimePassword.Length);
                var admins = await AdminsAsync(first);
                Assert.Equal(["admin"], admins.Select(a => a.UserName));
                Assert.True(admins[0].MustChangePassword);

                using var client = first.Client();
                var signIn = await client.SignInAsync("admin", oneTimePassword);
                Assert.Equal(HttpStatusCode.Redirect, signIn.Status);
                Assert.StartsWith("/akun/ganti-sandi", signIn.Location, StringComparison.Ordinal);
                var pending = client.CookiePrincipal()!;
                Assert.True(pending.HasClaim(AccountClaims.PasswordChangeRequired, "true"));
                Assert.False(pending.HasClaim(SakipClaims.PlatformAdmin, "true"));

                var admin = await client.GetAsync("/admin/pemda");
                Assert.Equal(HttpStatusCode.Redirect, admin.Status);
                Assert.StartsWith("/akun/ganti-sandi", admin.Location, StringComparison.Ordinal);
                var home = await client.GetAsync("/");
                Assert.StartsWith("/akun/ganti-sandi", home.Location, StringComparison.Ordinal);

                var weak = await client.ChangePasswordAsync(oneTimePassword, "admin12345");
                Assert.Equal(HttpStatusCode.OK, weak.Status);
                Assert.Contains(weak.Errors, e => e.Contains("minimal 12 karakter", StringComparison.Ordinal));

                var changed = await client.ChangePasswordAsync(oneTimePassword, NewAdminPassword);
                Assert.Equal(HttpStatusCode.Redirect, changed.Status);
                Assert.Equal("/", changed.Location);
                Assert.True(client.CookiePrincipal()!.HasClaim(SakipClaims.PlatformAdmin, "true"));
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/pemda")).Status);
                sessionCookies = client.CookieHeader;
            }

            using var second = AccountHost.Start(folder);
            Assert.Empty(second.Sink.Deliveries);
            Assert.Equal(["admin"], (await AdminsAsync(second)).Select(a => a.UserName));
            using (var request = new HttpRequestMessage(HttpMethod.Get, new Uri(second.BaseAddress, "/admin/pemda")))
            using (var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }))
            {
                // The cookie keys are kept in the data folder: a session outlives a restart.
                Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, AccountsRegistration.KeysFolder), "key-*.xml"));
                request.Headers.Add("Cookie", sessionCookies);
                Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(request)).StatusCode);
            }

            using var again = second.Client();
            Assert.Equal(HttpStatusCode.OK, (await again.SignInAsync("admin", oneTimePassword)).Status);
            var signedIn = await again.SignInAsync("admin", NewAdminPassword);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
            Assert.Equal("/", signedIn.Location);
        }
        finally
        {
            AccountHost.DeleteFolder(folder);
        }
    }

    [Fact]
    public void Demo_accounts_are_one_per_role_for_each_demo_tenant_with_their_passwords_printed_once()
    {
        using var host = AccountHost.Start();
        var demo = Assert.Single(host.Sink.Deliveries, d => d.Credentials.All(c => c.UserName != "admin"));
        string[] expected =
        [
            .. new[] { "kabupaten-batu-bara", "kabupaten-jember", "kota-dumai" }
                .SelectMany(t => TenantRoles.All.Select(r => AccountSeeder.DemoUserName(t, r))),
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), demo.Credentials.Select(c => c.UserName).Order(StringComparer.Ordinal));
        Assert.Contains("pimpinan@kabupaten-batu-bara", expected);
        Assert.Equal(demo.Credentials.Count, demo.Credentials.Select(c => c.Password).Distinct().Count());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("true")]
    public async Task Without_demo_data_there_are_no_demo_accounts_only_the_admin(string? demoAccounts)
    {
        var settings = new Dictionary<string, string> { ["Store:LoadDemoDataWhenEmpty"] = "false" };
        if (demoAccounts is not null)
        {
            settings["Demo:Accounts"] = demoAccounts;
        }

        using var host = AccountHost.Start(settings: settings);
        Assert.Equal(["admin"], host.Sink.Credentials.Select(c => c.UserName));
        await using var scope = host.Services.CreateAsyncScope();
        Assert.Equal(1, scope.ServiceProvider.GetRequiredService<UserManager<SakipUser>>().Users.Count());
    }

    [Fact]
    public void Demo_accounts_can_be_switched_off_while_the_demo_data_loads()
    {
        using var host = AccountHost.Start(settings: new Dictionary<string, string> { ["Demo:Accounts"] = "false" });
        Assert.Equal(["admin"], host.Sink.Credentials.Select(c => c.UserName));
    }

    private static async Task<IList<SakipUser>> AdminsAsync(AccountHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<SakipUser>>().GetUsersInRoleAsync(PlatformRoles.Admin);
    }
}
