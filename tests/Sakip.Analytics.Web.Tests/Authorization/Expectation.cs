using System.Net;
using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Authorization;

/// <summary>The answer a route owes a user: what is accepted, said in words for the failure message.</summary>
public sealed record Expectation(string Description, Func<HttpResponseMessage, bool> Accepts, bool Allowed = true)
{
    private static readonly Expectation Ok = new("200", r => r.StatusCode == HttpStatusCode.OK);

    /// <summary>An allowed form post without its antiforgery token: refused by the CSRF check, after authorization.</summary>
    private static readonly Expectation CsrfRefused = new("400 (no antiforgery token)", r => r.StatusCode == HttpStatusCode.BadRequest);

    private static readonly Expectation SignInRequired = new("401 or a redirect to /akun/masuk", r =>
        r.StatusCode == HttpStatusCode.Unauthorized
        || (r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location?.OriginalString.Contains("/akun/masuk", StringComparison.Ordinal) == true));

    private static readonly Expectation Forbidden = new("403", r => r.StatusCode == HttpStatusCode.Forbidden);

    private static readonly Expectation NotDenied = new("neither denied nor a server error", r =>
        r.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) && (int)r.StatusCode < 500
        && r.Headers.Location?.OriginalString.Contains("/akun/", StringComparison.Ordinal) != true);

    private static readonly Expectation NoServerError = new("no server error", r => (int)r.StatusCode < 500);

    /// <summary>An upload's page hands over to its run page once the job has started the run.</summary>
    private static Expectation UploadFollowed(string tenant) => new("200 or a redirect to the run page", r =>
        r.StatusCode == HttpStatusCode.OK
        || (r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location?.OriginalString.StartsWith($"/{tenant}/operator/run/", StringComparison.Ordinal) == true));

    public static Expectation For(Access access, RouteInfo route, string url, TestUser user, string? tenant)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(user);
        var allowed = access switch
        {
            Access.TenantMember => user.IsPlatformAdmin || (tenant is not null && user.SeesDraftsOf(tenant)),
            Access.TenantOperator => user.IsPlatformAdmin || (tenant is not null && user.HasRole(tenant, Web.Authorization.TenantRoles.Operator)),
            Access.PlatformAdmin => user.IsPlatformAdmin,
            _ => true,
        };
        return access switch
        {
            Access.Public => Ok,
            Access.Account => NoServerError,
            Access.Error => url == "/error"
                ? new Expectation("500", r => r.StatusCode == HttpStatusCode.InternalServerError)
                : new Expectation("404", r => r.StatusCode == HttpStatusCode.NotFound),
            _ when !allowed => (user.IsAnonymous ? SignInRequired : Forbidden) with { Allowed = false },
            _ when RouteRules.AllowsPlaceholders(route) => NotDenied,
            _ => route.Method != "GET" ? CsrfRefused
                : route.Pattern.EndsWith("/unggahan/{upload}", StringComparison.Ordinal) ? UploadFollowed(tenant!)
                : Ok,
        };
    }
}
