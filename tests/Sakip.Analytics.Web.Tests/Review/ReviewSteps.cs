using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Review;

/// <summary>The review workflow's steps as an Operator's browser takes them: each form post with the page's antiforgery token.</summary>
public sealed partial class ReviewSteps(SignedInClient client, string tenant)
{
    public SignedInClient Client => client;

    /// <summary>Uploads a report on /{tenant}/operator/laporan; returns the review page's URL.</summary>
    public async Task<string> UploadAsync(string fileName, byte[] content)
    {
        var token = await client.AntiforgeryAsync($"/{tenant}/operator/laporan");
        using var response = await client.UploadAsync($"/{tenant}/operator/laporan", [(fileName, content)], token);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"upload of {fileName} returned {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var url = response.Headers.Location!.OriginalString;
        Assert.Matches(ReviewUrl(), url);
        return url;
    }

    public async Task<IDocument> PageAsync(string reviewUrl) =>
        new HtmlParser().ParseDocument(await client.GetTextAsync(reviewUrl));

    public async Task<HttpResponseMessage> PostAsync(string reviewUrl, string action, params (string Name, string Value)[] fields)
    {
        var token = await client.AntiforgeryAsync(reviewUrl);
        return await client.PostFormAsync($"{reviewUrl}/{action}", fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), token);
    }

    public async Task AcceptAllAsync(string reviewUrl) => await ExpectRedirectAsync(reviewUrl, "terima-semua");

    public async Task DecideAsync(string reviewUrl, string table, bool accept) =>
        await ExpectRedirectAsync(reviewUrl, "tabel", ("table", table), ("keputusan", accept ? "terima" : "tolak"));

    public async Task EditAsync(string reviewUrl, string figure, string value) =>
        await ExpectRedirectAsync(reviewUrl, "ubah", ("figure", figure), ("value", value));

    /// <summary>"Muat sebagai draf", then the upload's page until its run is finished; returns the run page URL and status.</summary>
    public async Task<(string RunUrl, System.Text.Json.JsonElement Status)> LoadAsync(string reviewUrl)
    {
        using var response = await PostAsync(reviewUrl, "muat");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"load returned {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var uploadUrl = response.Headers.Location!.OriginalString;
        Assert.StartsWith($"/{tenant}/operator/unggahan/", uploadUrl, StringComparison.Ordinal);
        return await client.WaitForRunAsync(uploadUrl);
    }

    /// <summary>Publishes every (year, dataset) of the tenant that has an unpublished draft; returns them.</summary>
    public async Task<IReadOnlyList<(string Year, string Dataset)>> PublishDraftsAsync()
    {
        var page = new HtmlParser().ParseDocument(await client.GetTextAsync($"/{tenant}/operator"));
        var drafts = page.QuerySelectorAll("#publications tr[data-draft='true']")
            .Select(tr => (tr.GetAttribute("data-year")!, tr.GetAttribute("data-dataset")!))
            .ToList();
        foreach (var (year, dataset) in drafts)
        {
            var token = await client.AntiforgeryAsync($"/{tenant}/operator");
            using var published = await client.PostFormAsync($"/{tenant}/operator/terbitkan", [new("year", year), new("dataset", dataset)], token);
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        return drafts;
    }

    private async Task ExpectRedirectAsync(string reviewUrl, string action, params (string Name, string Value)[] fields)
    {
        using var response = await PostAsync(reviewUrl, action, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{action} returned {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [GeneratedRegex(@"^/[a-z0-9-]+/operator/laporan/[0-9]{14}-[0-9a-f]{8}$")]
    private static partial Regex ReviewUrl();
}
