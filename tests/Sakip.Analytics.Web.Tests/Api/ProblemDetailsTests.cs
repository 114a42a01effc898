using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class ProblemDetailsTests(WebAppFixture web)
{
    [Theory]
    [InlineData("/api/v1/kota-atlantis/units", 404, "Pemda tidak ditemukan", "tenant")]
    [InlineData("/api/v1/kabupaten-batu-bara/units/kecamatan-atlantis/indicators", 404, "Unit tidak ditemukan", "unit")]
    [InlineData("/api/v1/kabupaten-batu-bara/compare?units=kecamatan-sei-balai&measure=kebahagiaan", 400, "Ukuran tidak dikenal", "measure")]
    [InlineData("/api/v1/kabupaten-batu-bara/benchmark?units=kecamatan-sei-balai&measure=kebahagiaan", 400, "Ukuran tidak dikenal", "measures")]
    [InlineData("/api/v1/kabupaten-batu-bara/akip?year=dua-ribu", 400, "Tahun tidak valid", "year")]
    [InlineData("/api/v1/kabupaten-batu-bara/akip?year=2031", 404, "Tahun tidak tersedia", "year")]
    [InlineData("/api/v1/kabupaten-batu-bara/units/kecamatan-sei-balai/trend?from=2023&to=2019", 400, "Rentang tahun tidak valid", "from")]
    [InlineData("/api/v1/kabupaten-batu-bara/benchmark?measure=akip", 400, "Unit belum dipilih", "units")]
    public async Task Unknown_or_malformed_selection_is_a_problem_json_with_a_clear_message(string url, int status, string title, string parameter)
    {
        var (actualStatus, contentType, body) = await web.Client.GetProblemAsync(url);

        Assert.Equal(status, actualStatus);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal(title, body.GetProperty("title").GetString());
        Assert.Equal(parameter, body.GetProperty("parameter").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task An_unknown_api_path_is_a_404_problem_json()
    {
        var (status, contentType, _) = await web.Client.GetProblemAsync("/api/v1/kabupaten-batu-bara/tidak/ada/sama/sekali");

        Assert.Equal(404, status);
        Assert.Equal("application/problem+json", contentType);
    }

    [Theory]
    [InlineData("/kota-atlantis")]
    [InlineData("/kabupaten-batu-bara/unit/kecamatan-atlantis")]
    [InlineData("/kabupaten-batu-bara/tren?unit=kecamatan-atlantis")]
    [InlineData("/kabupaten-batu-bara/dasbor-tidak-ada")]
    public async Task An_unknown_tenant_unit_or_dashboard_page_is_a_404_page_in_Indonesian(string url)
    {
        using var response = await web.Client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("tidak", html, StringComparison.Ordinal);
        Assert.Contains("id=\"problem\"", html, StringComparison.Ordinal);
    }
}
