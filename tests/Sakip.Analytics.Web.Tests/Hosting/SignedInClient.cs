using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sakip.Analytics.Web.Tests.Hosting;

/// <summary>
/// Requests made as one <see cref="TestUser"/>, and form posts the way a browser makes them: the
/// antiforgery token from the page's form plus its cookie.
/// </summary>
public sealed partial class SignedInClient(HttpClient client, TestUser user)
{
    public TestUser User => user;

    public async Task<HttpResponseMessage> GetAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        user.Apply(request);
        return await client.SendAsync(request);
    }

    public async Task<string> GetTextAsync(string url)
    {
        using var response = await GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} as {user} returned {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        return body;
    }

    /// <summary>The antiforgery token of the first form on <paramref name="pageUrl"/> and the cookie it belongs to.</summary>
    public async Task<Antiforgery> AntiforgeryAsync(string pageUrl)
    {
        using var response = await GetAsync(pageUrl);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {pageUrl} as {user} returned {(int)response.StatusCode}");
        var token = TokenInput().Match(html);
        Assert.True(token.Success, $"{pageUrl} has no antiforgery token");
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? string.Join("; ", cookies.Select(c => c.Split(';')[0]))
            : "";
        return new Antiforgery(WebUtility.HtmlDecode(token.Groups["token"].Value), cookie);
    }

    public async Task<HttpResponseMessage> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, Antiforgery? antiforgery)
    {
        var values = fields.ToList();
        if (antiforgery is not null)
        {
            values.Add(new("__RequestVerificationToken", antiforgery.Token));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = new FormUrlEncodedContent(values) };
        return await SendAsync(request, antiforgery);
    }

    public async Task<HttpResponseMessage> UploadAsync(string url, IEnumerable<(string Name, byte[] Content)> files, Antiforgery? antiforgery)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".xlsx", StringComparison.Ordinal)
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
            content.Add(part, "files", name);
        }

        if (antiforgery is not null)
        {
            content.Add(new StringContent(antiforgery.Token), "__RequestVerificationToken");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = content };
        return await SendAsync(request, antiforgery);
    }

    /// <summary>Follows an upload to its run page and polls the run's status until it is finished; returns the run page URL and final status.</summary>
    public async Task<(string RunUrl, JsonElement Status)> WaitForRunAsync(string uploadUrl)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var response = await GetAsync(uploadUrl);
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                var runUrl = response.Headers.Location!.OriginalString;
                var status = JsonDocument.Parse(await GetTextAsync(runUrl + "/status")).RootElement.Clone();
                if (status.GetProperty("finished").GetBoolean())
                {
                    return (runUrl, status);
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The run of {uploadUrl} did not finish.");
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, Antiforgery? antiforgery)
    {
        user.Apply(request);
        if (antiforgery is { Cookie.Length: > 0 })
        {
            request.Headers.Add("Cookie", antiforgery.Cookie);
        }

        return await client.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenInput();
}

public sealed record Antiforgery(string Token, string Cookie);
