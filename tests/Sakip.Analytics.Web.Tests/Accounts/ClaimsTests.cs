using Microsoft.Extensions.DependencyInjection;
using Sakip.Analytics.Application.Tenancy;
using Sakip.Analytics.Web.Authorization;
using Sakip.Analytics.Web.Tests.Accounts.Support;

namespace Sakip.Analytics.Web.Tests.Accounts;

/// <summary>The sign-in cookie carries the memberships as claims, which is all ITenantAccess and the policies read.</summary>
[Collection(AccountsCollection.Name)]
public sealed class ClaimsTests(AccountsFixture fixture)
{
    [Fact]
    public async Task A_pimpinan_of_kota_dumai_sees_drafts_of_kota_dumai_and_only_published_data_of_kabupaten_batu_bara()
    {
        using var client = await fixture.SignedInAsync("pimpinan@kota-dumai");
        var user = client.CookiePrincipal()!;
        var access = fixture.Host.Services.GetRequiredService<ITenantAccess>();

        Assert.Equal(["kota-dumai:Pimpinan"], user.FindAll(SakipClaims.TenantRole).Select(c => c.Value));
        Assert.False(access.IsPlatformAdmin(user));
        Assert.Equal(TenantScope.WithDrafts("kota-dumai"), access.ScopeFor(user, "kota-dumai"));
        Assert.Equal(TenantScope.Published("kabupaten-batu-bara"), access.ScopeFor(user, "kabupaten-batu-bara"));
        Assert.True(access.HasRole(user, "kota-dumai", TenantRoles.Pimpinan));
        Assert.False(access.HasRole(user, "kota-dumai", TenantRoles.Operator));
    }

    [Fact]
    public async Task The_platform_admin_carries_the_admin_claim_and_no_tenant_role()
    {
        using var client = await fixture.SignedInAsync("admin");
        var user = client.CookiePrincipal()!;
        var access = fixture.Host.Services.GetRequiredService<ITenantAccess>();

        Assert.True(access.IsPlatformAdmin(user));
        Assert.Empty(user.FindAll(SakipClaims.TenantRole));
        Assert.Equal(TenantScope.WithDrafts("kabupaten-jember"), access.ScopeFor(user, "kabupaten-jember"));
    }

    [Fact]
    public async Task An_anonymous_visitor_is_published_only_everywhere()
    {
        using var client = fixture.Host.Client();
        await client.GetAsync("/akun/masuk");
        var access = fixture.Host.Services.GetRequiredService<ITenantAccess>();

        Assert.Null(client.CookiePrincipal());
        Assert.Equal(TenantScope.Published("kota-dumai"), access.ScopeFor(new System.Security.Claims.ClaimsPrincipal(), "kota-dumai"));
    }
}
