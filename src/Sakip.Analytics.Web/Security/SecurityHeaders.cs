namespace Sakip.Analytics.Web.Security;

/// <summary>
/// The headers every response carries, set when the response starts, so error pages, cached answers
/// and static files get them too.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// No inline script and no inline style anywhere: every script is a file under /js or /lib, and
    /// ECharts (SVG renderer, our tooltip formatters) and Bootstrap's popovers style their elements
    /// through the CSSOM, which the policy does not restrict. Bootstrap's stylesheet draws its icons
    /// from data: images.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            }, context.Response);
            return next(context);
        });
}
