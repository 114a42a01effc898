using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class TrendApiTests(WebAppFixture web)
{
    [Fact]
    public async Task Sei_Balai_IKM_2019_to_2023_against_its_targets()
    {
        var json = await web.Client.GetJsonAsync("/api/v1/kabupaten-batu-bara/units/kecamatan-sei-balai/trend?measure=ikm&from=2019&to=2023");
        var rows = json.GetProperty("result").Rows().ToList();

        Assert.Equal([2019m, 2020m, 2021m, 2022m, 2023m], rows.Select(r => r.Number("year")!.Value));
        Assert.Equal([75.20m, 77.50m, 77.98m, 90.10m, 80.50m], rows.Select(r => r.Number("value")!.Value));
        Assert.Equal([75.00m, 75.25m, 78.00m, 80.00m, 85.00m], rows.Select(r => r.Number("target")!.Value));
        Assert.Equal(["Target Renstra", "Target Renstra", "Target Renstra", "Target PK", "Target PK"], rows.Select(r => r.Text("target_kind")));
        Assert.Equal(-9.6m, rows[4].Number("change"));
    }

    [Fact]
    public async Task Sei_Balai_AKIP_2019_to_2023_against_its_targets_with_each_regulation()
    {
        var json = await web.Client.GetJsonAsync("/api/v1/kabupaten-batu-bara/units/kecamatan-sei-balai/trend?measure=akip&from=2019&to=2023");
        var rows = json.GetProperty("result").Rows().ToList();

        Assert.Equal([65.00m, 67.25m, 70.07m, 72.16m, 70.15m], rows.Select(r => r.Number("value")!.Value));
        Assert.Equal([65.00m, 67.25m, 70.07m, 73.00m, 75.00m], rows.Select(r => r.Number("target")!.Value));
        Assert.Equal(["B", "B", "BB", "BB", "BB"], rows.Select(r => r.Text("grade")));
        Assert.Equal(
            ["PermenPANRB 12/2015", "PermenPANRB 12/2015", "PermenPANRB 12/2015", "PermenPANRB 88/2021", "PermenPANRB 88/2021"],
            rows.Select(r => r.Text("regulation")));
        Assert.Contains(json.GetProperty("result").GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("tidak dapat dibandingkan langsung", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_miscomputed_printed_capaian_is_shown_next_to_the_computed_one()
    {
        var json = await web.Client.GetJsonAsync("/api/v1/kabupaten-batu-bara/units/kecamatan-sei-balai/trend?measure=ikm&from=2022&to=2022");
        var row = json.GetProperty("result").Rows().Single();

        Assert.Equal(112.25m, row.Number("reported_capaian"));
        Assert.Equal(112.625m, row.Number("capaian"));
        Assert.Contains("dilaporkan 112,25%, dihitung 112,63%", row.Text("catatan"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicators_endpoint_gives_target_realization_and_capaian_per_year()
    {
        var json = await web.Client.GetJsonAsync("/api/v1/kabupaten-batu-bara/units/kecamatan-sei-balai/indicators?from=2022&to=2023");
        var rows = json.GetProperty("result").Rows().Where(r => r.Text("indicator") == "Indeks Kepuasan Masyarakat (IKM)").ToList();

        Assert.Equal([2022m, 2023m], rows.Select(r => r.Number("year")!.Value));
        Assert.Equal(80.50m, rows[1].Number("realization"));
        Assert.Equal(85.00m, rows[1].Number("target"));
        Assert.Equal(94.71m, Math.Round(rows[1].Number("capaian")!.Value, 2));
        Assert.Equal("Sangat Tinggi", rows[1].Text("category"));
    }

    [Fact]
    public async Task Jember_computes_lower_is_better_capaian_with_its_own_method_and_scale()
    {
        var json = await web.Client.GetJsonAsync("/api/v1/kabupaten-jember");

        Assert.Equal("two_target_minus_realization", json.GetProperty("lowerIsBetterMethod").GetProperty("slug").GetString());
        Assert.Equal("skala Kabupaten Jember", json.GetProperty("capaianScale").GetProperty("name").GetString());
    }
}
