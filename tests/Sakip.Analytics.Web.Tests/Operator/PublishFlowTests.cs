using System.Net;
using System.Text.RegularExpressions;
using Sakip.Analytics.Web.Authorization;
using Sakip.Analytics.Web.Tests.Authorization;
using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Operator;

/// <summary>
/// Issue 4's acceptance, step by step through the Operator pages: an upload stays a draft that only
/// members see, publishing shows it to everyone at once (cached pages included), unpublishing hides
/// it again, and the audit log names each step with its actor.
/// </summary>
public sealed class PublishFlowTests(OperatorHostFixture web) : IClassFixture<OperatorHostFixture>
{
    private const string Dumai = "kota-dumai";
    private const string Page = "/kota-dumai/unit/kecamatan-sungai-sembilan";
    private const string Api = "/api/v1/kota-dumai/units/kecamatan-sungai-sembilan/indicators?from=2022&to=2022";
    private const string Csv = "/kota-dumai/profil/iku.csv?unit=kecamatan-sungai-sembilan";

    [Fact]
    public async Task An_upload_is_a_draft_for_members_until_published_then_public_at_once_and_every_step_is_audited()
    {
        var anonymous = web.As(TestUser.Anonymous);
        var operatorUser = web.As(TestUser.Member(Dumai, TenantRoles.Operator));
        var pimpinan = web.As(TestUser.Member(Dumai, TenantRoles.Pimpinan));
        await AssertPublicShowsAsync(anonymous, DraftWitness.DumaiPublished, DraftWitness.Dumai);

        var token = await operatorUser.AntiforgeryAsync("/kota-dumai/operator");
        using var upload = await operatorUser.UploadAsync("/kota-dumai/operator/unggah", [("Indicators.CSV", DemoBatches.DumaiIndicators2022("88,10"))], token);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var (runUrl, status) = await operatorUser.WaitForRunAsync(upload.Headers.Location!.OriginalString);
        Assert.Equal("succeeded", status.GetProperty("status").GetString());
        Assert.True(status.GetProperty("rows").GetProperty("indicators").GetInt32() > 10);
        var runPage = await operatorUser.GetTextAsync(runUrl);
        Assert.Contains("id=\"run-status\">Berhasil<", runPage, StringComparison.Ordinal);
        Assert.Contains("dimuat sebagai draf", runPage, StringComparison.Ordinal);

        await AssertPublicShowsAsync(anonymous, DraftWitness.DumaiPublished, DraftWitness.Dumai);
        var draftPage = await pimpinan.GetTextAsync(Page);
        Assert.Matches(DraftWitness.Dumai, draftPage);
        Assert.Contains("Termasuk data draf yang belum dipublikasikan", draftPage, StringComparison.Ordinal);
        var operatorPage = await operatorUser.GetTextAsync("/kota-dumai/operator");
        Assert.Matches(new Regex("""data-year="2022" data-dataset="indicators" data-published="true" data-draft="true"""), operatorPage);
        Assert.Contains("Draf baru", operatorPage, StringComparison.Ordinal);

        token = await operatorUser.AntiforgeryAsync("/kota-dumai/operator");
        using var published = await operatorUser.PostFormAsync("/kota-dumai/operator/terbitkan", [new("year", "2022"), new("dataset", "indicators")], token);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.StartsWith("/kota-dumai/operator?selesai=terbit", published.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // No waiting: the publish empties the public cache.
        await AssertPublicShowsAsync(anonymous, DraftWitness.Dumai, DraftWitness.DumaiPublished);

        using var unpublished = await operatorUser.PostFormAsync("/kota-dumai/operator/tarik", [new("year", "2022"), new("dataset", "indicators")], token);
        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        foreach (var url in new[] { Page, Api, Csv })
        {
            using var response = await anonymous.GetAsync(url);
            Assert.DoesNotMatch(DraftWitness.Dumai, await ResponseText.ReadAsync(response));
        }

        var audit = await pimpinan.GetTextAsync("/kota-dumai/audit");
        var actions = Regex.Matches(audit, """<tr data-action="(?<action>[a-z_]+)">\s*<td[^>]*>[^<]*</td>\s*<td>(?<actor>[^<]*)</td>""")
            .Select(m => (m.Groups["action"].Value, m.Groups["actor"].Value))
            .ToList();
        Assert.Equal(
            [("unpublish", "operator@kota-dumai"), ("publish", "operator@kota-dumai"), ("import", "operator@kota-dumai")],
            actions.Take(3));
    }

    [Fact]
    public async Task The_audit_log_is_for_the_tenants_members_only()
    {
        foreach (var role in TenantRoles.All)
        {
            using var own = await web.As(TestUser.Member(Dumai, role)).GetAsync("/kota-dumai/audit");
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            using var other = await web.As(TestUser.Member("kabupaten-batu-bara", role)).GetAsync("/kota-dumai/audit");
            Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        }
    }

    private static async Task AssertPublicShowsAsync(SignedInClient anonymous, Regex shown, Regex hidden)
    {
        foreach (var url in new[] { Page, Api, Csv })
        {
            using var response = await anonymous.GetAsync(url);
            var body = await ResponseText.ReadAsync(response);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            Assert.Matches(shown, body);
            Assert.DoesNotMatch(hidden, body);
        }
    }
}
