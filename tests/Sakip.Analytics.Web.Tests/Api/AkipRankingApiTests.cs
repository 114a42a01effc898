using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class AkipRankingApiTests(WebAppFixture web)
{
    [Fact]
    public async Task Dinas_Kesehatan_has_the_best_AKIP_of_Batu_Bara_in_2023_with_79_20()
    {
        var json = await web.Client.GetJsonAsync("/api/v1/kabupaten-batu-bara/akip?year=2023");
        var rows = json.GetProperty("result").Rows().ToList();

        Assert.Equal(38, rows.Count);
        var first = rows[0];
        Assert.Equal("dinas-kesehatan-pengendalian-penduduk-dan-keluarga-berencana", first.Text("unit"));
        Assert.Equal(1, first.Number("rank"));
        Assert.Equal(79.2m, first.Number("total"));
        Assert.Equal("BB", first.Text("predikat"));
        Assert.Equal(25.4m, first.Number("perencanaan"));
        Assert.Equal("PermenPANRB 88/2021", first.Text("regulation"));
        Assert.Equal(38, rows[^1].Number("rank"));
        Assert.Equal("dinas-kependudukan-dan-catatan-sipil", rows[^1].Text("unit"));
    }

    [Fact]
    public async Task Sei_Balai_is_fifth_of_twelve_kecamatan_in_2023_behind_a_tie_for_first()
    {
        var json = await web.Client.GetJsonAsync("/api/v1/kabupaten-batu-bara/akip?year=2023&kind=kecamatan");
        var rows = json.GetProperty("result").Rows().ToList();

        Assert.Equal(12, rows.Count);
        var seiBalai = rows.Single(r => r.Text("unit") == "kecamatan-sei-balai");
        Assert.Equal(5, seiBalai.Number("rank_in_kind"));
        Assert.Equal(12, seiBalai.Number("count_in_kind"));
        Assert.Equal(70.15m, seiBalai.Number("total"));
        Assert.Equal([1m, 1m], rows.Take(2).Select(r => r.Number("rank_in_kind")!.Value));
    }

    [Fact]
    public async Task A_printed_total_that_differs_from_its_components_is_kept_and_flagged()
    {
        var json = await web.Client.GetJsonAsync("/api/v1/kabupaten-batu-bara/akip?year=2023");
        var nibungHangus = json.GetProperty("result").Row(r => r.Text("unit") == "kecamatan-nibung-hangus");

        Assert.Equal(69.77m, nibungHangus.Number("total"));
        Assert.Equal(72.26m, nibungHangus.Number("component_sum"));
        Assert.Contains("jumlah komponen 72,26", nibungHangus.Text("catatan"), StringComparison.Ordinal);
        Assert.Contains("jumlah komponen memberi predikat BB", nibungHangus.Text("catatan"), StringComparison.Ordinal);
        Assert.Equal("B", nibungHangus.Text("predikat"));
    }

    [Fact]
    public async Task Every_figure_carries_its_source_document_table_and_line()
    {
        var json = await web.Client.GetJsonAsync("/api/v1/kabupaten-batu-bara/akip?year=2023");
        var source = json.GetProperty("result").Row(r => r.Text("unit") == "kecamatan-sei-balai").GetProperty("sources").GetProperty("total");

        Assert.Equal("lkjip-2023-kabupaten-batu-bara-kecamatan-sei-balai.txt", source.GetProperty("document").GetString());
        Assert.Equal("Tabel 3.8", source.GetProperty("table").GetString());
        Assert.Equal(695, source.GetProperty("line").GetInt32());
    }
}
