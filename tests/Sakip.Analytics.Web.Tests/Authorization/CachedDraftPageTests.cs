using System.Net;
using Sakip.Analytics.Web.Authorization;
using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Authorization;

/// <summary>The output cache never hands a member's draft page to the public or to another tenant, nor the public page to a member.</summary>
[Collection(DraftStateCollection.Name)]
public sealed class CachedDraftPageTests(DraftStateFixture state)
{
    public static TheoryData<string> Urls => new()
    {
        "/kota-dumai/unit/kecamatan-sungai-sembilan",
        "/api/v1/kota-dumai/units/kecamatan-sungai-sembilan/indicators",
        "/kota-dumai/profil/iku.csv?unit=kecamatan-sungai-sembilan",
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task A_members_draft_answer_is_not_served_to_the_public_or_another_tenant_from_the_cache(string url)
    {
        var fresh = url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "cache=" + Guid.NewGuid().ToString("N");

        var member = await GetAsync(TestUser.Member(DraftStateFixture.Dumai, TenantRoles.Pimpinan), fresh);
        var anonymous = await GetAsync(TestUser.Anonymous, fresh);
        var otherTenant = await GetAsync(TestUser.Member(DraftStateFixture.BatuBara, TenantRoles.Pimpinan), fresh);
        var anonymousAgain = await GetAsync(TestUser.Anonymous, fresh);
        var memberAgain = await GetAsync(TestUser.Member(DraftStateFixture.Dumai, TenantRoles.Operator), fresh);

        Assert.Matches(DraftWitness.Dumai, member.Body);
        Assert.Equal("drafts", member.Visibility);
        Assert.DoesNotMatch(DraftWitness.Dumai, anonymous.Body);
        Assert.DoesNotMatch(DraftWitness.Dumai, otherTenant.Body);
        Assert.DoesNotMatch(DraftWitness.Dumai, anonymousAgain.Body);
        Assert.Equal("published", anonymousAgain.Visibility);
        Assert.Matches(DraftWitness.Dumai, memberAgain.Body);
    }

    private async Task<(string Body, string Visibility)> GetAsync(TestUser user, string url)
    {
        using var response = await state.As(user).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ResponseText.ReadAsync(response), response.Headers.GetValues("X-Sakip-Visibility").Single());
    }
}
