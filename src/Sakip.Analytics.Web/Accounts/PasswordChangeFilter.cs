using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Sakip.Analytics.Web.Accounts;

/// <summary>
/// Until a one-time password is replaced, every page leads to /akun/ganti-sandi. The principal
/// carries no tenant or admin claims meanwhile, so this is about guidance, not about rights.
/// </summary>
public sealed class PasswordChangeFilter : IAuthorizationFilter
{
    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (!http.User.HasClaim(AccountClaims.PasswordChangeRequired, "true")
            || http.Request.Path.StartsWithSegments("/akun", StringComparison.Ordinal)
            || http.Request.Path.StartsWithSegments("/error", StringComparison.Ordinal))
        {
            return;
        }

        context.Result = http.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
            ? new StatusCodeResult(StatusCodes.Status403Forbidden)
            : new RedirectResult(AccountCookie.ChangePasswordPath);
    }
}
