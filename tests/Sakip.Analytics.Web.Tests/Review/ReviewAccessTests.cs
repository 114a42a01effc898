using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Sakip.Analytics.Web.Authorization;
using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Review;

/// <summary>Who may review, what may be uploaded, and that the review pages keep the security rules of the Operator pages.</summary>
[Collection(ReviewCollection.Name)]
public sealed class ReviewAccessTests(ReviewHostFixture web)
{
    private const string BatuBara = "kabupaten-batu-bara";

    [Fact]
    public async Task Another_tenants_Operator_gets_403_on_every_review_page_and_step_and_changes_nothing()
    {
        var own = web.Steps(TestUser.Member(BatuBara, TenantRoles.Operator), BatuBara);
        var review = await own.UploadAsync(SeedReports.SeiBalai, SeedReports.Bytes(SeedReports.SeiBalai));
        var other = web.As(TestUser.Member("kota-dumai", TenantRoles.Operator));
        var token = await other.AntiforgeryAsync("/kota-dumai/operator/laporan");

        using var list = await other.GetAsync($"/{BatuBara}/operator/laporan");
        using var page = await other.GetAsync(review);
        using var edit = await other.GetAsync($"{review}?ubah=i0");
        using var upload = await other.UploadAsync($"/{BatuBara}/operator/laporan", [(SeedReports.SeiBalai, SeedReports.Bytes(SeedReports.SeiBalai))], token);
        var posts = new List<HttpStatusCode>();
        foreach (var (action, fields) in new (string, KeyValuePair<string, string>[])[]
        {
            ("terima-semua", []),
            ("tabel", [new("table", "text"), new("keputusan", "tolak")]),
            ("ubah", [new("figure", "i0"), new("value", "1")]),
            ("muat", []),
        })
        {
            using var response = await other.PostFormAsync($"{review}/{action}", fields, token);
            posts.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.All(posts, status => Assert.Equal(HttpStatusCode.Forbidden, status));
        var after = await own.PageAsync(review);
        Assert.All(after.QuerySelectorAll(".review-table"), t => Assert.Equal("pending", t.GetAttribute("data-decision")));
        Assert.Null(after.QuerySelector(".review-edit"));
        using var pimpinan = await web.As(TestUser.Member(BatuBara, TenantRoles.Pimpinan)).GetAsync(review);
        Assert.Equal(HttpStatusCode.Forbidden, pimpinan.StatusCode);
        using var anonymous = await web.As(TestUser.Anonymous).GetAsync(review);
        Assert.Contains("/akun/masuk", anonymous.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_review_step_without_the_antiforgery_token_is_refused()
    {
        var own = web.Steps(TestUser.Member(BatuBara, TenantRoles.Operator), BatuBara);
        var review = await own.UploadAsync(SeedReports.SeiBalai, SeedReports.Bytes(SeedReports.SeiBalai));

        using var response = await own.Client.PostFormAsync($"{review}/terima-semua", [], null);
        using var upload = await own.Client.UploadAsync($"/{BatuBara}/operator/laporan", [(SeedReports.SeiBalai, SeedReports.Bytes(SeedReports.SeiBalai))], null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        Assert.All((await own.PageAsync(review)).QuerySelectorAll(".review-table"), t => Assert.Equal("pending", t.GetAttribute("data-decision")));
    }

    public static TheoryData<string, byte[], string> RefusedReports => new()
    {
        { "laporan.pdf", Encoding.UTF8.GetBytes("%PDF-1.7"), "hanya laporan .txt, .docx atau .xlsx" },
        { "laporan.docx", Encoding.UTF8.GetBytes("bukan zip"), "bukan berkas .docx yang sah" },
        { "laporan.txt", [0x41, 0x00, 0x42], "bukan berkas teks" },
        { "kosong.txt", [], "berkas kosong" },
    };

    [Theory]
    [MemberData(nameof(RefusedReports))]
    public async Task A_file_that_is_not_a_report_is_refused_before_anything_is_kept(string name, byte[] content, string message)
    {
        var own = web.Steps(TestUser.Member(BatuBara, TenantRoles.Operator), BatuBara);
        var token = await own.Client.AntiforgeryAsync($"/{BatuBara}/operator/laporan");
        var before = ReviewFolders();

        using var response = await own.Client.UploadAsync($"/{BatuBara}/operator/laporan", [(name, content)], token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, ReviewFolders());
    }

    [Fact]
    public async Task A_report_the_extractor_cannot_read_is_refused_and_not_kept()
    {
        var own = web.Steps(TestUser.Member(BatuBara, TenantRoles.Operator), BatuBara);
        var token = await own.Client.AntiforgeryAsync($"/{BatuBara}/operator/laporan");
        var before = ReviewFolders();
        byte[] brokenZip = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02, 0x03];

        using var response = await own.Client.UploadAsync($"/{BatuBara}/operator/laporan", [("rusak.docx", brokenZip)], token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tidak dapat dibaca", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, ReviewFolders());
    }

    [Fact]
    public async Task A_report_of_another_pemda_can_be_read_but_not_loaded()
    {
        var own = web.Steps(TestUser.Member(BatuBara, TenantRoles.Operator), BatuBara);
        var review = await own.UploadAsync(SeedReports.Sumbersari, SeedReports.Bytes(SeedReports.Sumbersari));
        await own.AcceptAllAsync(review);

        var page = await own.PageAsync(review);
        using var load = await own.PostAsync(review, "muat");

        Assert.NotNull(page.QuerySelector("#load[disabled]"));
        Assert.Contains("milik Kabupaten Jember, bukan Kabupaten Batu Bara", page.QuerySelector("#load-blocked")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, load.StatusCode);
        Assert.Equal("false", (await own.PageAsync(review)).QuerySelector("#review")!.GetAttribute("data-loaded"));
    }

    [Fact]
    public async Task Review_pages_carry_no_inline_script_or_style()
    {
        var own = web.Steps(TestUser.Member(BatuBara, TenantRoles.Operator), BatuBara);
        var review = await own.UploadAsync(SeedReports.SeiBalai, SeedReports.Bytes(SeedReports.SeiBalai));

        foreach (var url in new[] { $"/{BatuBara}/operator/laporan", review, $"{review}?ubah=i0" })
        {
            var html = await own.Client.GetTextAsync(url);
            Assert.DoesNotMatch(new Regex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase), html);
            Assert.DoesNotMatch(new Regex(@"\s(on[a-z]+|style)\s*=", RegexOptions.IgnoreCase), html);
        }
    }

    private string[] ReviewFolders()
    {
        var root = Path.Combine(web.Host.DataDirectory, "reviews", BatuBara);
        return Directory.Exists(root) ? [.. Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal)] : [];
    }
}
