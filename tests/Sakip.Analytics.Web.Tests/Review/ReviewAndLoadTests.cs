using System.Net;
using AngleSharp.Html.Parser;
using Sakip.Analytics.Web.Authorization;
using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Review;

/// <summary>
/// Issue 5's acceptance through the real host: an Operator uploads Sumbersari's report, reviews what was
/// read (tables, the 996,22% finding), accepts it and loads it; once published, the public profile of
/// the unit shows the data note beside the figure and in "Catatan data", and not a moment before.
/// </summary>
[Collection(ReviewCollection.Name)]
public sealed class ReviewAndLoadTests(ReviewHostFixture web)
{
    private const string Jember = "kabupaten-jember";
    private const string Profile = "/kabupaten-jember/unit/kecamatan-sumbersari?year=2021";
    private const string Note = "dilaporkan 996,22%, dihitung 100,74%";

    [Fact]
    public async Task A_reviewed_report_loads_with_its_data_notes_which_the_public_sees_beside_the_figure_once_published()
    {
        var operatorUser = TestUser.Member(Jember, TenantRoles.Operator);
        var steps = web.Steps(operatorUser, Jember);
        var anonymous = web.As(TestUser.Anonymous);
        var pimpinan = web.As(TestUser.Member(Jember, TenantRoles.Pimpinan));
        Assert.DoesNotContain("note-btn", await anonymous.GetTextAsync(Profile), StringComparison.Ordinal);

        var review = await steps.UploadAsync(SeedReports.Sumbersari, SeedReports.Bytes(SeedReports.Sumbersari));
        var page = await steps.PageAsync(review);
        Assert.Equal("Kecamatan Sumbersari", page.QuerySelector("#profile-unit")!.TextContent.Trim());
        Assert.Equal("2021", page.QuerySelector("#profile-year")!.TextContent.Trim());
        Assert.Contains("Sumpalsari", page.QuerySelector("#profile-variants")!.TextContent, StringComparison.Ordinal);
        var tables = page.QuerySelectorAll(".review-table").Select(t => t.GetAttribute("data-table")).ToList();
        Assert.Contains("Tabel 3.1", tables);
        Assert.Contains("tabel tanpa nomor (baris 491)", tables);
        Assert.All(page.QuerySelectorAll(".review-table"), t => Assert.Equal("pending", t.GetAttribute("data-decision")));
        var finding = page.QuerySelectorAll("#findings-table tbody tr").Single(r => r.GetAttribute("title") == Note);
        Assert.Contains("dilaporkan 996,22%", finding.TextContent, StringComparison.Ordinal);
        Assert.Contains("dihitung 100,74%", finding.TextContent, StringComparison.Ordinal);
        Assert.Contains("tabel tanpa nomor (baris 491) baris 497", finding.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#load[disabled]"));
        Assert.NotEmpty(page.QuerySelectorAll("tr.review-low"));

        using (var tooEarly = await steps.PostAsync(review, "muat"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode);
            Assert.Contains("belum diputuskan", WebUtility.HtmlDecode(await tooEarly.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        await steps.AcceptAllAsync(review);
        page = await steps.PageAsync(review);
        Assert.All(page.QuerySelectorAll(".review-table"), t => Assert.Equal("accepted", t.GetAttribute("data-decision")));
        Assert.Null(page.QuerySelector("#load[disabled]"));

        var (runUrl, status) = await steps.LoadAsync(review);
        Assert.Equal("succeeded", status.GetProperty("status").GetString());
        var runPage = new HtmlParser().ParseDocument(await steps.Client.GetTextAsync(runUrl));
        Assert.Contains(runPage.QuerySelectorAll("#run-notes-table tbody tr"), r => r.GetAttribute("title") == Note);
        Assert.Equal("true", (await steps.PageAsync(review)).QuerySelector("#review")!.GetAttribute("data-loaded"));

        // A draft: members see the note, the public does not.
        Assert.Contains(Note, await pimpinan.GetTextAsync(Profile), StringComparison.Ordinal);
        var before = await anonymous.GetTextAsync(Profile);
        Assert.DoesNotContain("note-btn", before, StringComparison.Ordinal);
        Assert.DoesNotContain("dilaporkan 996,22%", before, StringComparison.Ordinal);

        var published = await steps.PublishDraftsAsync();
        Assert.Contains(("2021", "budget"), published);
        Assert.Contains(("2021", "indicators"), published);

        var profile = new HtmlParser().ParseDocument(await anonymous.GetTextAsync(Profile));
        var beside = profile.QuerySelectorAll("[data-panel='anggaran'] tbody td .note-btn").Select(b => (Cell: b.ParentElement!, Button: b)).ToList();
        var marked = Assert.Single(beside, b => b.Button.TextContent.Contains(Note, StringComparison.Ordinal));
        Assert.Equal("reported_pct", marked.Cell.GetAttribute("data-key"));
        Assert.Equal("996,22%", marked.Cell.QuerySelector(".cell-value")!.TextContent.Trim());
        Assert.Contains("baris 497", marked.Button.GetAttribute("data-bs-content"), StringComparison.Ordinal);
        var section = profile.QuerySelector("[data-panel='catatan-data']")!;
        Assert.Contains("Catatan data", section.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(section.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("dilaporkan 996,22%", StringComparison.Ordinal)
            && r.TextContent.Contains("dihitung 100,74%", StringComparison.Ordinal)
            && r.TextContent.Contains("tabel tanpa nomor (baris 491) baris 497", StringComparison.Ordinal));

        var audit = await pimpinan.GetTextAsync($"/{Jember}/audit");
        foreach (var action in new[] { "review_uploaded", "review_accepted_all", "review_loaded", "import", "publish" })
        {
            Assert.Contains($"data-action=\"{action}\"", audit, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_loaded_review_cannot_be_changed_or_loaded_again()
    {
        var steps = web.Steps(TestUser.Member("kota-dumai", TenantRoles.Operator), "kota-dumai");
        var review = await steps.UploadAsync(SeedReports.SungaiSembilan, SeedReports.Bytes(SeedReports.SungaiSembilan));
        await steps.AcceptAllAsync(review);
        var (_, status) = await steps.LoadAsync(review);
        Assert.Equal("succeeded", status.GetProperty("status").GetString());

        var token = await steps.Client.AntiforgeryAsync("/kota-dumai/operator/laporan");
        using var again = await steps.Client.PostFormAsync($"{review}/muat", [], token);
        using var edit = await steps.Client.PostFormAsync($"{review}/ubah", [new("figure", "i0"), new("value", "1")], token);

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Contains("sudah dimuat", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
