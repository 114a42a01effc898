using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using System.Security.Claims;

namespace Sakip.Analytics.Web.Tests.Accounts.Support;

/// <summary>
/// A browser without JavaScript: keeps cookies, does not follow redirects, and posts forms the way a
/// page does, with the antiforgery token read from the form it was served.
/// </summary>
public sealed class AccountClient : IDisposable
{
    private readonly AccountHost host;
    private readonly CookieContainer cookies = new();
    private readonly HttpClient http;

    public AccountClient(AccountHost host)
    {
        this.host = host;
        http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
    }

    public HttpClient Http => http;

    public async Task<Page> GetAsync(string url)
    {
        using var response = await http.GetAsync(new Uri(url, UriKind.Relative));
        return await Page.ReadAsync(response);
    }

    /// <summary>Opens <paramref name="pageUrl"/>, fills the form whose action is <paramref name="action"/> and submits it.</summary>
    public async Task<Page> SubmitAsync(string pageUrl, string action, IReadOnlyDictionary<string, string> fields)
    {
        var page = await GetAsync(pageUrl);
        Assert.True(page.Status == HttpStatusCode.OK, $"GET {pageUrl} returned {(int)page.Status} ({page.Location})");
        var form = page.Document.QuerySelectorAll("form").FirstOrDefault(f => f.GetAttribute("action") == action)
            ?? throw new InvalidOperationException($"{pageUrl} has no form posting to {action}.");
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"The form posting to {action} carries no antiforgery token.");
        return await PostAsync(action, new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token });
    }

    public async Task<Page> PostAsync(string url, IReadOnlyDictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        using var response = await http.PostAsync(new Uri(url, UriKind.Relative), content);
        return await Page.ReadAsync(response);
    }

    public Task<Page> SignInAsync(string userName, string password, string? returnUrl = null) =>
        SubmitAsync(returnUrl is null ? "/akun/masuk" : $"/akun/masuk?returnUrl={Uri.EscapeDataString(returnUrl)}", "/akun/masuk", new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["ReturnUrl"] = returnUrl ?? "",
        });

    public Task<Page> ChangePasswordAsync(string current, string next) =>
        SubmitAsync("/akun/ganti-sandi", "/akun/ganti-sandi", new Dictionary<string, string>
        {
            ["CurrentPassword"] = current,
            ["NewPassword"] = next,
            ["ConfirmPassword"] = next,
        });

    public string CookieHeader => cookies.GetCookieHeader(host.BaseAddress);

    public bool HasAuthCookie => cookies.GetCookies(host.BaseAddress).Any(c => c.Name.StartsWith("sakip.auth", StringComparison.Ordinal));

    /// <summary>The principal inside the sign-in cookie, decrypted with the host's own cookie settings.</summary>
    public ClaimsPrincipal? CookiePrincipal()
    {
        var options = host.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = cookies.GetCookieHeader(host.BaseAddress);
        var value = options.CookieManager.GetRequestCookie(context, options.Cookie.Name!);
        return value is null ? null : options.TicketDataFormat.Unprotect(value)?.Principal;
    }

    public void Dispose() => http.Dispose();
}

/// <summary>A response: status, redirect target and the parsed HTML.</summary>
public sealed record Page(HttpStatusCode Status, string? Location, string Html, IDocument Document)
{
    public static async Task<Page> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response.StatusCode, response.Headers.Location?.OriginalString, html, new HtmlParser().ParseDocument(html));
    }

    /// <summary>The messages of the page's validation summary.</summary>
    public IReadOnlyList<string> Errors =>
        [.. Document.QuerySelectorAll(".validation-summary-errors li").Select(li => li.TextContent.Trim()).Where(t => t.Length > 0)];
}
