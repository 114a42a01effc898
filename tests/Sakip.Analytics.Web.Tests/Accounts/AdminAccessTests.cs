using System.Net;
using Sakip.Analytics.Web.Tests.Accounts.Support;

namespace Sakip.Analytics.Web.Tests.Accounts;

/// <summary>/admin/* is for platform admins only: visitors are sent to sign in, tenant members are refused.</summary>
[Collection(AccountsCollection.Name)]
public sealed class AdminAccessTests(AccountsFixture fixture)
{
    public static TheoryData<string> AdminPages => ["/admin", "/admin/pemda", "/admin/pemda/kota-dumai", "/admin/pengguna"];

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task A_visitor_is_sent_to_sign_in(string url)
    {
        using var client = fixture.Host.Client();

        var page = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal($"/akun/masuk?returnUrl={Uri.EscapeDataString(url)}", page.Location);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task A_pimpinan_and_an_operator_get_403(string url)
    {
        foreach (var user in new[] { "pimpinan@kabupaten-batu-bara", "operator@kota-dumai" })
        {
            using var client = await fixture.SignedInAsync(user);
            var page = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, page.Status);
            var denied = await client.GetAsync(page.Location!);
            Assert.Equal(HttpStatusCode.Forbidden, denied.Status);
            Assert.Contains("Akses ditolak", denied.Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_tenant_operator_posting_an_admin_form_gets_a_plain_403()
    {
        using var client = await fixture.SignedInAsync("operator@kota-dumai");
        var form = await client.GetAsync("/akun/ganti-sandi");
        var token = form.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var page = await client.PostAsync("/admin/pemda", new Dictionary<string, string>
        {
            ["Tenant"] = "kota-operator",
            ["Name"] = "Kota Operator",
            ["Kind"] = "kota",
            ["__RequestVerificationToken"] = token,
        });

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
    }
}
