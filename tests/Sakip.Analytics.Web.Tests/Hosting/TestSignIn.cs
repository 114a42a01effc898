using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sakip.Analytics.Web.Authorization;

namespace Sakip.Analytics.Web.Tests.Hosting;

/// <summary>
/// Test-only authentication, registered only by test hosts that ask for it: a request carrying
/// <see cref="UserHeader"/> is signed in as that user with the claims in <see cref="ClaimsHeader"/>.
/// A request without it goes to the app's own scheme (the sign-in cookie), so anonymous requests
/// see exactly what they see in production. This tests authorization, not authentication.
/// </summary>
public static class TestSignIn
{
    public const string Scheme = "Test";
    public const string UserHeader = "X-Test-User";

    /// <summary>"type=value; type=value", e.g. "sakip:tenant-role=kota-dumai:Operator".</summary>
    public const string ClaimsHeader = "X-Test-Claims";

    private const string Selector = "TestOrApp";

    public static IServiceCollection AddTestSignIn(this IServiceCollection services)
    {
        var app = new AppSchemes();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, Handler>(Scheme, _ => { })
            .AddPolicyScheme(Selector, Selector, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(UserHeader) ? Scheme : app.Default ?? Scheme);
        services.PostConfigure<AuthenticationOptions>(options =>
        {
            app.Default ??= options.DefaultChallengeScheme ?? options.DefaultScheme ?? options.DefaultAuthenticateScheme;
            options.DefaultScheme = Selector;
            options.DefaultAuthenticateScheme = Selector;
            options.DefaultChallengeScheme = Selector;
            options.DefaultForbidScheme = Selector;
        });
        return services;
    }

    private sealed class AppSchemes
    {
        public string? Default { get; set; }
    }

    private sealed class Handler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var name = Request.Headers[UserHeader].ToString();
            if (name.Length == 0)
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var claims = new List<Claim> { new(ClaimTypes.Name, name), new(ClaimTypes.NameIdentifier, name) };
            foreach (var pair in Request.Headers[ClaimsHeader].ToString().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var split = pair.IndexOf('=', StringComparison.Ordinal);
                claims.Add(new Claim(pair[..split], pair[(split + 1)..]));
            }

            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, TestSignIn.Scheme));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, TestSignIn.Scheme)));
        }
    }
}

/// <summary>Who a test request is: anonymous, a member of a tenant with one role, or a platform admin.</summary>
public sealed record TestUser(string Label, string? Name, IReadOnlyList<(string Type, string Value)> Claims)
{
    public static TestUser Anonymous { get; } = new("anonim", null, []);

    public static TestUser PlatformAdmin { get; } = new("admin platform", "admin@platform", [(SakipClaims.PlatformAdmin, "true")]);

    public static TestUser Member(string tenant, string role) =>
        new($"{role} {tenant}", $"{role.ToLowerInvariant()}@{tenant}", [(SakipClaims.TenantRole, SakipClaims.TenantRoleValue(tenant, role))]);

    public bool IsAnonymous => Name is null;

    public bool IsPlatformAdmin => Claims.Contains((SakipClaims.PlatformAdmin, "true"));

    public bool HasRole(string tenant, string role) => Claims.Contains((SakipClaims.TenantRole, SakipClaims.TenantRoleValue(tenant, role)));

    /// <summary>Sees the tenant's drafts: any role in it, or platform admin (as ITenantAccess decides).</summary>
    public bool SeesDraftsOf(string tenant) => IsPlatformAdmin || Web.Authorization.TenantRoles.All.Any(role => HasRole(tenant, role));

    public void Apply(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Name is null)
        {
            return;
        }

        request.Headers.Add(TestSignIn.UserHeader, Name);
        request.Headers.Add(TestSignIn.ClaimsHeader, string.Join("; ", Claims.Select(c => $"{c.Type}={c.Value}")));
    }

    public override string ToString() => Label;
}
