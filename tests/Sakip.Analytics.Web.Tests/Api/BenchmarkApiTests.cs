using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class BenchmarkApiTests(WebAppFixture web)
{
    private const string Url = "/api/v1/kabupaten-batu-bara/benchmark?units=kecamatan-sei-balai,kecamatan-datuk-tanah-datar&measure={0}&from=2022&to=2023";

    [Fact]
    public async Task Sei_Balai_leads_Datuk_Tanah_Datar_on_IKM_in_2022_and_trails_in_2023()
    {
        var json = await web.Client.GetJsonAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, Url, "ikm"));
        var rows = json.GetProperty("comparison").Rows().ToList();

        var datuk2022 = rows.Single(r => r.Text("unit") == "kecamatan-datuk-tanah-datar" && r.Number("year") == 2022);
        var datuk2023 = rows.Single(r => r.Text("unit") == "kecamatan-datuk-tanah-datar" && r.Number("year") == 2023);
        var sei2022 = rows.Single(r => r.Text("unit") == "kecamatan-sei-balai" && r.Number("year") == 2022);
        Assert.Equal((80.00m, 90.10m), (sei2022.Number("target")!.Value, sei2022.Number("realization")!.Value));
        Assert.Equal((80.00m, 83.64m, -6.46m), (datuk2022.Number("target")!.Value, datuk2022.Number("realization")!.Value, datuk2022.Number("gap_focal")!.Value));
        Assert.Equal((83.00m, 83.20m, 2.70m), (datuk2023.Number("target")!.Value, datuk2023.Number("realization")!.Value, datuk2023.Number("gap_focal")!.Value));
        Assert.Equal(-0.44m, datuk2023.Number("change"));
    }

    [Fact]
    public async Task Datuk_Tanah_Datar_AKIP_2023_uses_the_Inspektorat_recap_and_names_the_contradicting_table()
    {
        var json = await web.Client.GetJsonAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, Url, "akip"));
        var rows = json.GetProperty("comparison").Rows().ToList();

        var datuk2022 = rows.Single(r => r.Text("unit") == "kecamatan-datuk-tanah-datar" && r.Number("year") == 2022);
        var datuk2023 = rows.Single(r => r.Text("unit") == "kecamatan-datuk-tanah-datar" && r.Number("year") == 2023);
        var sei2023 = rows.Single(r => r.Text("unit") == "kecamatan-sei-balai" && r.Number("year") == 2023);
        Assert.Equal((65.00m, 73.65m), (datuk2022.Number("target")!.Value, datuk2022.Number("realization")!.Value));
        Assert.Equal((78.01m, 70.50m, 0.35m), (datuk2023.Number("target")!.Value, datuk2023.Number("realization")!.Value, datuk2023.Number("gap_focal")!.Value));
        Assert.Contains("70,05", datuk2023.Text("catatan"), StringComparison.Ordinal);
        Assert.Equal((75.00m, 70.15m, -4.85m), (sei2023.Number("target")!.Value, sei2023.Number("realization")!.Value, sei2023.Number("gap_target")!.Value));
    }

    [Fact]
    public async Task The_peer_group_places_Sei_Balai_fifth_of_twelve_kecamatan_around_the_median()
    {
        var json = await web.Client.GetJsonAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, Url, "akip"));
        var stats = json.GetProperty("peerGroup")[0].GetProperty("statistics").Rows().Single();

        Assert.Equal(5, stats.Number("rank"));
        Assert.Equal(12, stats.Number("count"));
        Assert.Equal(70.115m, stats.Number("median"));
        Assert.Equal(66.66m, stats.Number("min"));
        Assert.Equal(71.40m, stats.Number("max"));
    }
}
