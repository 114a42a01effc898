using System.Text.RegularExpressions;
using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Hardening;

/// <summary>Every kind of response carries the security headers; no page has an inline script the CSP would have to allow.</summary>
[Collection(WebCollection.Name)]
public sealed class SecurityHeadersTests(WebAppFixture web)
{
    [Theory]
    [InlineData("/kabupaten-batu-bara?year=2023")]
    [InlineData("/api/v1/kabupaten-batu-bara/akip?year=2023")]
    [InlineData("/kabupaten-batu-bara/ikhtisar/peringkat-akip.csv?year=2023")]
    [InlineData("/css/site.css")]
    [InlineData("/lib/echarts/echarts.min.js")]
    [InlineData("/kabupaten-batu-bara/tidak-ada")]
    [InlineData("/api/v1/kota-atlantis")]
    public async Task Every_response_carries_the_security_headers_cached_or_not(string url)
    {
        for (var i = 0; i < 2; i++)
        {
            using var response = await web.Client.GetAsync(new Uri(url, UriKind.Relative));
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();

            Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
            Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("base-uri 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("form-action 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
            Assert.DoesNotMatch(new Regex("script-src[^;]*unsafe-inline"), csp);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
            Assert.False(response.Headers.Contains("Server"), "the Server header names the web server");
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/kabupaten-batu-bara")]
    [InlineData("/kabupaten-batu-bara/perbandingan")]
    [InlineData("/kabupaten-batu-bara/tren")]
    [InlineData("/kabupaten-batu-bara/benchmark")]
    [InlineData("/kabupaten-batu-bara/unit/kecamatan-sei-balai")]
    [InlineData("/kota-dumai/unit/kecamatan-sungai-sembilan")]
    [InlineData("/halaman/yang/tidak/ada")]
    public async Task Pages_carry_no_inline_script_or_event_handler(string url)
    {
        using var response = await web.Client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotMatch(new Regex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"\son[a-z]+\s*=\s*[""']", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }
}
