using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Sakip.Analytics.Web.Accounts;

/// <summary>The sign-in cookie: HttpOnly, SameSite=Lax, Secure whenever the request is HTTPS; pages in Bahasa Indonesia.</summary>
public static class AccountCookie
{
    public const string Name = "sakip.auth";
    public const string LoginPath = "/akun/masuk";
    public const string LogoutPath = "/akun/keluar";
    public const string ChangePasswordPath = "/akun/ganti-sandi";
    public const string DeniedPath = "/akun/ditolak";

    public static void Configure(CookieAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Cookie.Name = Name;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.LoginPath = LoginPath;
        options.LogoutPath = LogoutPath;
        options.AccessDeniedPath = DeniedPath;
        options.ReturnUrlParameter = "returnUrl";
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.Events.OnRedirectToLogin = RedirectToLogin;
        options.Events.OnRedirectToAccessDenied = RedirectToAccessDenied;
    }

    /// <summary>The API answers 401 instead of redirecting to the sign-in page.</summary>
    private static Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
        else
        {
            context.Response.Redirect(Local(context.RedirectUri));
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A page read (GET) goes to the "access denied" page, which answers 403; the API and form posts
    /// get a plain 403. An account that still has to change its password is sent to do that first.
    /// </summary>
    private static Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        var request = context.Request;
        if (IsApi(request) || !HttpMethods.IsGet(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        else if (context.HttpContext.User.HasClaim(AccountClaims.PasswordChangeRequired, "true"))
        {
            context.Response.Redirect(ChangePasswordPath);
        }
        else
        {
            context.Response.Redirect(Local(context.RedirectUri));
        }

        return Task.CompletedTask;
    }

    /// <summary>The handler builds an absolute address from the request's host; a path is right behind any proxy.</summary>
    private static string Local(string redirectUri) =>
        Uri.TryCreate(redirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : redirectUri;

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.Ordinal);
}
