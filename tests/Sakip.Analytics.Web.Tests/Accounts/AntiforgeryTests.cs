using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Analytics.Application.Tenants;
using Sakip.Analytics.Web.Tests.Accounts.Support;

namespace Sakip.Analytics.Web.Tests.Accounts;

/// <summary>Every form post needs the antiforgery token of the page that served the form.</summary>
[Collection(AccountsCollection.Name)]
public sealed class AntiforgeryTests(AccountsFixture fixture)
{
    [Fact]
    public async Task Sign_in_without_the_token_is_rejected_with_400_and_signs_nobody_in()
    {
        const string user = "operator@kabupaten-batu-bara";
        using var client = fixture.Host.Client();
        await client.GetAsync("/akun/masuk");

        var page = await client.PostAsync("/akun/masuk", new Dictionary<string, string>
        {
            ["UserName"] = user,
            ["Password"] = fixture.DemoPassword(user),
        });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.False(client.HasAuthCookie);
    }

    [Fact]
    public async Task An_admin_form_without_the_token_is_rejected_with_400_and_creates_nothing()
    {
        using var admin = await fixture.SignedInAsync("admin");

        var page = await admin.PostAsync("/admin/pemda", new Dictionary<string, string>
        {
            ["Tenant"] = "kota-tanpa-token",
            ["Name"] = "Kota Tanpa Token",
            ["Kind"] = "kota",
        });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Null(fixture.Host.Services.GetRequiredService<ITenantAdministration>().Tenant("kota-tanpa-token"));
    }

    [Fact]
    public async Task A_token_of_another_session_is_rejected_too()
    {
        using var admin = await fixture.SignedInAsync("admin");
        using var stranger = fixture.Host.Client();
        var strangersForm = await stranger.GetAsync("/akun/masuk");
        var token = strangersForm.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var page = await admin.PostAsync("/admin/pemda", new Dictionary<string, string>
        {
            ["Tenant"] = "kota-token-curian",
            ["Name"] = "Kota Token Curian",
            ["Kind"] = "kota",
            ["__RequestVerificationToken"] = token,
        });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Null(fixture.Host.Services.GetRequiredService<ITenantAdministration>().Tenant("kota-token-curian"));
    }

    [Fact]
    public async Task A_post_without_a_token_refused_by_authorization_stays_403_and_one_to_no_form_keeps_its_status()
    {
        using var pimpinan = await fixture.SignedInAsync("pimpinan@kota-dumai");

        var refused = await pimpinan.PostAsync("/admin/pemda", new Dictionary<string, string> { ["Tenant"] = "kota-ditolak" });
        var unknown = await pimpinan.PostAsync("/akun/tidak-ada", new Dictionary<string, string>());

        // The error page is re-executed as the same POST; the antiforgery check must not turn it into 400.
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Contains(unknown.Status, new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed });
    }
}
