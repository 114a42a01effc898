using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sakip.Analytics.Web.Authorization;
using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Hardening;

/// <summary>An unexpected fault shows no stack trace, even in Development; anonymous clients are rate limited; oversized bodies are refused.</summary>
public sealed class ErrorAndLimitTests(HardeningHostFixture web) : IClassFixture<HardeningHostFixture>
{
    [Fact]
    public async Task A_fault_in_a_page_or_the_api_shows_no_stack_trace_even_in_Development()
    {
        var admin = web.As(TestUser.PlatformAdmin);
        using var page = await admin.GetAsync($"/{FaultyReadModel.FailingTenant}");
        using var api = await admin.GetAsync($"/api/v1/{FaultyReadModel.FailingTenant}/units");
        var html = await page.Content.ReadAsStringAsync();
        var json = await api.Content.ReadAsStringAsync();

        Assert.Equal(Environments.Development, web.Host.Services.GetRequiredService<IHostEnvironment>().EnvironmentName);
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Contains("Terjadi kesalahan", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        foreach (var body in new[] { html, json })
        {
            Assert.DoesNotContain(FaultyReadModel.Secret, body, StringComparison.Ordinal);
            Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
            Assert.DoesNotContain(" at Sakip.", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Data Source", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Anonymous_rendering_is_rate_limited_per_client_with_a_problem_json_429_but_cached_answers_and_signed_in_users_are_not()
    {
        var anonymous = web.As(TestUser.Anonymous);
        for (var i = 0; i < 20; i++)
        {
            using var cached = await anonymous.GetAsync("/api/v1/measures");
            Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        }

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < HardeningHostFixture.AnonymousPermits + 3; i++)
        {
            var response = await anonymous.GetAsync($"/api/v1/queries?n={i}");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited ??= response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(limited);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await limited.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal("Terlalu banyak permintaan", problem.GetProperty("title").GetString());
        Assert.True(limited.Headers.RetryAfter is not null, "429 without Retry-After");
        Assert.Contains(HttpStatusCode.OK, statuses);
        limited.Dispose();
        using var signedIn = await web.As(TestUser.Member("kota-dumai", TenantRoles.Pimpinan)).GetAsync("/api/v1/queries?n=signed-in");
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [Fact]
    public async Task A_form_post_over_the_request_size_limit_is_refused_not_a_server_error()
    {
        var big = new string('x', 2 * 1024 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/kota-dumai/operator/terbitkan", UriKind.Relative))
        {
            Content = new StringContent($"year=2022&dataset=indicators&padding={big}", Encoding.ASCII, "application/x-www-form-urlencoded"),
        };
        TestUser.PlatformAdmin.Apply(request);

        using var response = await web.Client.SendAsync(request);

        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}");
    }
}
