using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Authorization;

/// <summary>
/// A valid antiforgery token and cookie for a test user, made by the host's own antiforgery service,
/// so that a form post the user may not make is refused by authorization (403), not by the CSRF check.
/// </summary>
public static class AntiforgeryTokens
{
    public static Antiforgery For(IServiceProvider services, TestUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = user.Name is null
            ? new ClaimsIdentity()
            : new ClaimsIdentity(
                [new(ClaimTypes.Name, user.Name), new(ClaimTypes.NameIdentifier, user.Name), .. user.Claims.Select(c => new Claim(c.Type, c.Value))],
                TestSignIn.Scheme);
        var context = new DefaultHttpContext { User = new ClaimsPrincipal(identity), RequestServices = services };
        var tokens = services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var cookie = string.Join("; ", context.Response.Headers.SetCookie.Select(c => c!.Split(';')[0]));
        return new Antiforgery(tokens.RequestToken!, cookie);
    }
}
