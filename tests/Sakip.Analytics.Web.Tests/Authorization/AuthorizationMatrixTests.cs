using System.Collections.Concurrent;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Analytics.Application.Dashboards.Definitions;
using Sakip.Analytics.Web.Authorization;
using Sakip.Analytics.Web.Tests.Hosting;
using Xunit.Abstractions;

namespace Sakip.Analytics.Web.Tests.Authorization;

/// <summary>
/// The authorization matrix, generated from the app's route table: every route (pages, API,
/// downloads, chart data, Operator and admin pages) x every role (anonymous, Pimpinan, Perencana,
/// Operator, platform admin) x own and other tenant, over a store where each of two tenants has one
/// draft year. Each answer is checked for its status, for the draft figure of any tenant the user
/// is not a member of, and on the public routes for the draft marking.
/// </summary>
[Collection(DraftStateCollection.Name)]
public sealed class AuthorizationMatrixTests(DraftStateFixture state, ITestOutputHelper output)
{
    private const string DraftBanner = "Termasuk data draf yang belum dipublikasikan";

    [Fact]
    public void Every_route_of_the_app_has_an_authorization_rule()
    {
        var routes = Routes();
        var missing = routes.Where(r => RouteRules.For(r) is null).ToList();

        Assert.True(routes.Count > 30, $"only {routes.Count} routes found");
        Assert.True(missing.Count == 0, "Routes without an expectation rule (add them to RouteRules):\n" + string.Join('\n', missing));
    }

    [Fact]
    public async Task Every_route_answers_every_role_of_own_and_other_tenant_as_its_rule_says_and_shows_no_draft_figure_to_outsiders()
    {
        var samples = new RouteSamples(state.Host.Services.GetRequiredService<DashboardCatalog>());
        var cases = new List<(RouteInfo Route, Access Access, string Url, TestUser User, string? Tenant)>();
        foreach (var route in Routes())
        {
            var access = RouteRules.For(route) ?? throw new InvalidOperationException($"{route} has no rule");
            var tenants = route.HasTenant ? state.Tenants.Values.Select(t => (TenantSample?)t) : [null];
            foreach (var tenant in tenants)
            {
                foreach (var url in samples.For(route, tenant, RouteRules.AllowsPlaceholders(route)))
                {
                    cases.AddRange(Users(tenant?.Slug).Select(user => (route, access, url, user, tenant?.Slug)));
                }
            }
        }

        var failures = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (c, _) =>
        {
            if (await CheckAsync(c.Route, c.Access, c.Url, c.User, c.Tenant) is { } failure)
            {
                failures.Add(failure);
            }
        });

        output.WriteLine($"{Routes().Count} routes, {cases.Select(c => (c.Route, c.Url)).Distinct().Count()} URLs, {cases.Count} cases (URL x user)");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {cases.Count} cases failed:\n" + string.Join('\n', failures.Order(StringComparer.Ordinal).Take(80)));
    }

    [Fact]
    public async Task Members_see_their_tenants_draft_figure_on_pages_api_and_downloads_and_nobody_else_does()
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var tenant in state.Tenants.Values)
        {
            foreach (var url in tenant.WitnessUrls)
            {
                foreach (var user in Users(tenant.Slug))
                {
                    count++;
                    using var response = await state.As(user).GetAsync(url);
                    var body = await ResponseText.ReadAsync(response);
                    var shown = tenant.Witness.IsMatch(body);
                    if (response.StatusCode != System.Net.HttpStatusCode.OK || shown != user.SeesDraftsOf(tenant.Slug))
                    {
                        failures.Add($"{url} as {user}: {(int)response.StatusCode}, draft figure {(shown ? "shown" : "not shown")}");
                    }
                }
            }
        }

        output.WriteLine($"{count} witness cases");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Anonymous_users_see_the_published_figure_where_members_see_the_draft()
    {
        var anonymous = state.As(TestUser.Anonymous);
        var pimpinan = state.As(TestUser.Member(DraftStateFixture.Dumai, TenantRoles.Pimpinan));
        const string Url = "/api/v1/kota-dumai/units/kecamatan-sungai-sembilan/indicators?from=2022&to=2022";

        var published = await anonymous.GetTextAsync(Url);
        var draft = await pimpinan.GetTextAsync(Url);

        Assert.Matches(DraftWitness.DumaiPublished, published);
        Assert.DoesNotMatch(DraftWitness.Dumai, published);
        Assert.Matches(DraftWitness.Dumai, draft);
        Assert.DoesNotMatch(DraftWitness.DumaiPublished, draft);
    }

    private List<RouteInfo> Routes() =>
        [.. RouteInfo.From(state.Host.Services.GetRequiredService<EndpointDataSource>())];

    /// <summary>Anonymous, each role of the route's tenant and of the other tenant, and a platform admin.</summary>
    private IEnumerable<TestUser> Users(string? tenant)
    {
        yield return TestUser.Anonymous;
        IEnumerable<string> tenants = tenant is null ? state.Tenants.Keys.Order(StringComparer.Ordinal) : [tenant, state.Tenants.Keys.Single(t => t != tenant)];
        foreach (var slug in tenants)
        {
            foreach (var role in TenantRoles.All)
            {
                yield return TestUser.Member(slug, role);
            }
        }

        yield return TestUser.PlatformAdmin;
    }

    private async Task<string?> CheckAsync(RouteInfo route, Access access, string url, TestUser user, string? tenant)
    {
        var expected = Expectation.For(access, route, url, user, tenant);
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), new Uri(url, UriKind.Relative));
        if (route.Method != "GET")
        {
            // The matrix never changes the data: a user who may post sends no antiforgery token (the
            // CSRF check refuses it); a user who may not sends a valid one, so authorization must refuse.
            var fields = new List<KeyValuePair<string, string>> { new("year", "2022"), new("dataset", "indicators") };
            if (!expected.Allowed)
            {
                var antiforgery = AntiforgeryTokens.For(state.Host.Services, user);
                fields.Add(new("__RequestVerificationToken", antiforgery.Token));
                request.Headers.Add("Cookie", antiforgery.Cookie);
            }

            request.Content = new FormUrlEncodedContent(fields);
        }

        user.Apply(request);
        using var response = await state.Client.SendAsync(request);
        var body = await ResponseText.ReadAsync(response);
        var problems = new List<string>();
        if (!expected.Accepts(response))
        {
            problems.Add($"answered {(int)response.StatusCode}, expected {expected.Description}");
        }

        problems.AddRange(state.Tenants.Values
            .Where(t => !user.SeesDraftsOf(t.Slug) && t.Witness.IsMatch(body))
            .Select(t => $"shows the draft figure of {t.Slug} ({t.Witness.Match(body).Value})"));
        if (body.Contains("   at Sakip.", StringComparison.Ordinal) || body.Contains("Exception:", StringComparison.Ordinal))
        {
            problems.Add("shows a stack trace");
        }

        if (access == Access.Public && tenant is not null && response.IsSuccessStatusCode)
        {
            problems.AddRange(DraftMarking(response, body, user.SeesDraftsOf(tenant)));
        }

        return problems.Count == 0 ? null : $"{route.Method} {url} as {user}: {string.Join("; ", problems)}";
    }

    private static IEnumerable<string> DraftMarking(HttpResponseMessage response, string body, bool seesDrafts)
    {
        var visibility = response.Headers.TryGetValues("X-Sakip-Visibility", out var values) ? values.Single() : "(none)";
        if (visibility != (seesDrafts ? "drafts" : "published"))
        {
            yield return $"X-Sakip-Visibility {visibility}";
        }

        if (seesDrafts && response.Headers.CacheControl?.NoStore != true)
        {
            yield return "a page with drafts without Cache-Control no-store";
        }

        if (response.Content.Headers.ContentType?.MediaType == "text/html" && body.Contains(DraftBanner, StringComparison.Ordinal) != seesDrafts)
        {
            yield return seesDrafts ? "no draft banner" : "a draft banner";
        }
    }
}
