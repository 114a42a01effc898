using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Pages;

/// <summary>The acceptance questions, answered by the server-rendered views with Indonesian formats.</summary>
[Collection(WebCollection.Name)]
public sealed class AcceptanceQuestionsTests(WebAppFixture web)
{
    [Fact]
    public async Task Ikhtisar_ranks_Dinas_Kesehatan_first_in_2023_with_79_20_BB()
    {
        var page = await HtmlPage.LoadAsync(web.Client, "/kabupaten-batu-bara?year=2023");
        var table = page.Table("peringkat-akip");

        Assert.Equal(["Peringkat", "Unit", "Jenis", "Peringkat dalam jenis", "Nilai AKIP", "Predikat"], table[0].Take(6));
        Assert.Equal(["1", "Dinas Kesehatan, Pengendalian Penduduk, dan Keluarga Berencana", "Dinas", "1", "79,20", "BB"], table[1].Take(6));
        Assert.Equal(39, table.Count);
        Assert.NotNull(page.Document.QuerySelector("[data-panel='peringkat-akip'] [data-chart]"));
    }

    [Fact]
    public async Task Ikhtisar_overview_shows_AKIP_IKM_capaian_and_penyerapan_of_Sei_Balai()
    {
        var page = await HtmlPage.LoadAsync(web.Client, "/kabupaten-batu-bara?year=2023&kind=kecamatan");
        var row = page.Row("ringkasan", r => r[0] == "Kecamatan Sei Balai");

        Assert.Equal("70,15", page.Cell("ringkasan", row, "Nilai AKIP"));
        Assert.Equal("BB", page.Cell("ringkasan", row, "Predikat"));
        Assert.Equal("80,50", page.Cell("ringkasan", row, "IKM"));
        Assert.Equal("B", page.Cell("ringkasan", row, "Mutu IKM"));
        Assert.Equal("94,12%", page.Cell("ringkasan", row, "Rata-rata capaian IKU"));
        Assert.Equal("93,56%", page.Cell("ringkasan", row, "Penyerapan anggaran"));
        Assert.Equal(12, page.Table("ringkasan").Count - 1);
    }

    [Fact]
    public async Task Benchmark_page_places_Sei_Balai_fifth_among_the_kecamatan_of_Batu_Bara()
    {
        var page = await HtmlPage.LoadAsync(web.Client, "/kabupaten-batu-bara/benchmark?unit=kecamatan-sei-balai&measure=akip&to=2023");
        var ranking = page.Row("peringkat-sejenis", r => r.Contains("Kecamatan Sei Balai"));
        var stats = page.Table("sebaran-sejenis")[1];

        Assert.Equal("5", ranking[0]);
        Assert.Equal("70,15", page.Cell("peringkat-sejenis", ranking, "Nilai AKIP"));
        Assert.Equal(["Kecamatan Sei Balai", "70,15", "5", "12", "66,66", "69,70", "70,12", "70,28", "71,40"], stats.Take(9));
        Assert.Contains(page.Notes("peringkat-sejenis"), n => n.Contains("Kecamatan Sei Balai di peringkat 5 dari 12", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tren_page_shows_Sei_Balai_IKM_and_AKIP_2019_to_2023_against_targets()
    {
        var page = await HtmlPage.LoadAsync(web.Client, "/kabupaten-batu-bara/tren?unit=kecamatan-sei-balai&from=2019&to=2023");
        var ikm = page.Table("ikm");
        var akip = page.Table("akip");

        Assert.Equal(["75,20", "77,50", "77,98", "90,10", "80,50"], ikm.Skip(1).Select(r => page.Cell("ikm", r, "IKM")));
        Assert.Equal(["75,00", "75,25", "78,00", "80,00", "85,00"], ikm.Skip(1).Select(r => page.Cell("ikm", r, "Target IKM")));
        Assert.Equal(["65,00", "67,25", "70,07", "72,16", "70,15"], akip.Skip(1).Select(r => page.Cell("akip", r, "Nilai AKIP")));
        Assert.Equal(["65,00", "67,25", "70,07", "73,00", "75,00"], akip.Skip(1).Select(r => page.Cell("akip", r, "Target Nilai AKIP")));
        Assert.Contains("dilaporkan 112,25%, dihitung 112,63%", page.Cell("ikm", ikm[4], "Catatan"), StringComparison.Ordinal);
        Assert.Equal("PermenPANRB 12/2015", page.Cell("akip", akip[1], "Regulasi AKIP"));
    }

    [Fact]
    public async Task Benchmark_page_compares_Sei_Balai_and_Datuk_Tanah_Datar_2022_2023_in_points()
    {
        var page = await HtmlPage.LoadAsync(web.Client, "/kabupaten-batu-bara/benchmark?unit=kecamatan-sei-balai&from=2022&to=2023");
        var rows = page.Table("perbandingan").Skip(1).ToList();

        Assert.Equal(8, rows.Count);
        var datukIkm2022 = rows.Single(r => r[0] == "IKM" && r[1] == "2022" && r[2] == "Kecamatan Datuk Tanah Datar");
        Assert.Equal("83,64", page.Cell("perbandingan", datukIkm2022, "Realisasi"));
        Assert.Equal("-6,46", page.Cell("perbandingan", datukIkm2022, "Selisih thd. unit utama"));
        var seiIkm2022 = rows.Single(r => r[0] == "IKM" && r[1] == "2022" && r[2] == "Kecamatan Sei Balai");
        Assert.Equal("+10,10", page.Cell("perbandingan", seiIkm2022, "Selisih thd. target"));
        Assert.Contains(page.Notes("perbandingan"), n => n.Contains("Pembanding dipilih otomatis", StringComparison.Ordinal) && n.Contains("Kecamatan Datuk Tanah Datar", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Profil_shows_penyerapan_from_program_rows_and_flags_the_JUMLAH_row_that_equals_the_pagu()
    {
        var page = await HtmlPage.LoadAsync(web.Client, "/kabupaten-batu-bara/unit/kecamatan-sei-balai?year=2023");
        var totals = page.Table("anggaran-total");

        Assert.Equal(6, page.Table("anggaran").Count - 1);
        Assert.Contains(page.Notes("anggaran"), n => n.Contains("Rp 2.933.929.410 / Rp 3.135.926.319", StringComparison.Ordinal) && n.Contains("93,56%", StringComparison.Ordinal));
        var basis = totals[1];
        Assert.Equal("93,56%", page.Cell("anggaran-total", basis, "Penyerapan (dihitung)"));
        var jumlah = totals.Single(r => r[0].StartsWith("JUMLAH", StringComparison.Ordinal));
        Assert.StartsWith("realisasi berbeda: tercetak Rp 3.135.926.319", page.Cell("anggaran-total", jumlah, "Dibanding dasar perhitungan"), StringComparison.Ordinal);
        var total = totals.Single(r => r[0].StartsWith("TOTAL", StringComparison.Ordinal));
        Assert.Equal("sesuai", page.Cell("anggaran-total", total, "Dibanding dasar perhitungan"));
    }
}
