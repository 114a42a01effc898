using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Analytics.Application.Audit;
using Sakip.Analytics.Web.Accounts;
using Sakip.Analytics.Web.Admin;
using Sakip.Analytics.Web.Authorization;
using Sakip.Analytics.Web.Tests.Accounts.Support;

namespace Sakip.Analytics.Web.Tests.Accounts;

/// <summary>Accounts and tenant roles managed by the platform admin; every step in the audit log.</summary>
[Collection(AccountsCollection.Name)]
public sealed class AdminUsersTests(AccountsFixture fixture)
{
    [Fact]
    public async Task A_new_user_gets_a_one_time_password_shown_once_and_holds_its_role_only_after_changing_it()
    {
        using var admin = await fixture.SignedInAsync("admin");

        var created = await admin.SubmitAsync("/admin/pengguna", "/admin/pengguna", new Dictionary<string, string>
        {
            ["UserName"] = "budi@kota-dumai",
            ["Tenant"] = "kota-dumai",
            ["Role"] = TenantRoles.Operator,
        });

        Assert.Equal(HttpStatusCode.OK, created.Status);
        var password = created.Document.QuerySelector("#otp-password")!.TextContent.Trim();
        Assert.Equal(20, password.Length);
        Assert.DoesNotContain(password, (await admin.GetAsync("/admin/pengguna")).Html, StringComparison.Ordinal);
        var audit = fixture.Host.Services.GetRequiredService<IAuditLog>().ForTenant("kota-dumai", 50);
        Assert.Contains(audit, a => a is { Action: AuditActions.UserCreated, Actor: "admin", Detail: "budi@kota-dumai" });
        Assert.Contains(audit, a => a is { Action: AuditActions.RoleGranted, Actor: "admin", Detail: "budi@kota-dumai: Operator" });

        using var budi = fixture.Host.Client();
        var signIn = await budi.SignInAsync("budi@kota-dumai", password);
        Assert.StartsWith("/akun/ganti-sandi", signIn.Location, StringComparison.Ordinal);
        Assert.Empty(budi.CookiePrincipal()!.FindAll(SakipClaims.TenantRole));
        var changed = await budi.ChangePasswordAsync(password, "Budi-Operator-Dumai-7");
        Assert.Equal(HttpStatusCode.Redirect, changed.Status);
        Assert.Equal(["kota-dumai:Operator"], budi.CookiePrincipal()!.FindAll(SakipClaims.TenantRole).Select(c => c.Value));
    }

    [Fact]
    public async Task Granting_and_revoking_a_role_changes_the_claims_and_is_audited()
    {
        const string user = "sari@kabupaten-batu-bara";
        const string password = "Sari-Perencana-Batubara-3";
        using var admin = await fixture.SignedInAsync("admin");
        var created = await admin.SubmitAsync("/admin/pengguna", "/admin/pengguna", new Dictionary<string, string> { ["UserName"] = user });
        var oneTime = created.Document.QuerySelector("#otp-password")!.TextContent.Trim();
        using (var first = fixture.Host.Client())
        {
            await first.SignInAsync(user, oneTime);
            Assert.Equal(HttpStatusCode.Redirect, (await first.ChangePasswordAsync(oneTime, password)).Status);
        }

        var id = (await admin.GetAsync("/admin/pengguna")).Document.QuerySelector($"tr[data-user='{user}']")!.GetAttribute("data-user-id")!;
        var role = new Dictionary<string, string> { ["Tenant"] = "kabupaten-batu-bara", ["Role"] = TenantRoles.Perencana };
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/pengguna", $"/admin/pengguna/{id}/peran", role)).Status);
        var listed = await admin.GetAsync("/admin/pengguna");
        Assert.NotNull(listed.Document.QuerySelector($"tr[data-user='{user}'] [data-membership='kabupaten-batu-bara:Perencana']"));
        using (var granted = await fixture.SignedInAsync(user, password))
        {
            Assert.Equal(["kabupaten-batu-bara:Perencana"], granted.CookiePrincipal()!.FindAll(SakipClaims.TenantRole).Select(c => c.Value));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/pengguna", $"/admin/pengguna/{id}/peran/cabut", role)).Status);
        using (var revoked = await fixture.SignedInAsync(user, password))
        {
            Assert.Empty(revoked.CookiePrincipal()!.FindAll(SakipClaims.TenantRole));
        }

        var audit = fixture.Host.Services.GetRequiredService<IAuditLog>().ForTenant("kabupaten-batu-bara", 50);
        Assert.Contains(audit, a => a is { Action: AuditActions.RoleGranted, Detail: $"{user}: Perencana" });
        Assert.Contains(audit, a => a is { Action: AdminAuditActions.RoleRevoked, Detail: $"{user}: Perencana" });
    }

    [Fact]
    public async Task A_role_in_an_unknown_tenant_or_an_unknown_role_is_refused()
    {
        using var admin = await fixture.SignedInAsync("admin");

        var unknownTenant = await admin.SubmitAsync("/admin/pengguna", "/admin/pengguna", new Dictionary<string, string>
        {
            ["UserName"] = "tono@kota-entah",
            ["Tenant"] = "kota-entah",
            ["Role"] = TenantRoles.Pimpinan,
        });
        var unknownRole = await admin.SubmitAsync("/admin/pengguna", "/admin/pengguna", new Dictionary<string, string>
        {
            ["UserName"] = "tono@kota-dumai",
            ["Tenant"] = "kota-dumai",
            ["Role"] = "Bupati",
        });

        Assert.Equal(HttpStatusCode.BadRequest, unknownTenant.Status);
        Assert.Equal(HttpStatusCode.BadRequest, unknownRole.Status);
        var users = (await admin.GetAsync("/admin/pengguna")).Document;
        Assert.Null(users.QuerySelector("tr[data-user='tono@kota-entah']"));
        Assert.Null(users.QuerySelector("tr[data-user='tono@kota-dumai']"));
    }
}
