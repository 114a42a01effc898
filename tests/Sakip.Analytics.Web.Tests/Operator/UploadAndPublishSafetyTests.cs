using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Analytics.Application.Publishing;
using Sakip.Analytics.Web.Authorization;
using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Operator;

/// <summary>What an Operator cannot do: post without the antiforgery token, act on another tenant, upload another tenant's rows or files that are not a template.</summary>
public sealed class UploadAndPublishSafetyTests(OperatorHostFixture web) : IClassFixture<OperatorHostFixture>
{
    private const string BatuBara = "kabupaten-batu-bara";
    private const string Dumai = "kota-dumai";

    [Fact]
    public async Task A_publish_or_upload_without_the_antiforgery_token_is_rejected_and_changes_nothing()
    {
        var operatorUser = web.As(TestUser.Member(BatuBara, TenantRoles.Operator));
        var publications = web.Host.Services.GetRequiredService<IPublicationStore>();
        var before = publications.States(BatuBara);
        var token = await operatorUser.AntiforgeryAsync("/kabupaten-batu-bara/operator");

        using var noToken = await operatorUser.PostFormAsync("/kabupaten-batu-bara/operator/tarik", [new("year", "2023"), new("dataset", "akip")], null);
        using var tokenWithoutCookie = await operatorUser.PostFormAsync("/kabupaten-batu-bara/operator/tarik", [new("year", "2023"), new("dataset", "akip")], token with { Cookie = "" });
        using var upload = await operatorUser.UploadAsync("/kabupaten-batu-bara/operator/unggah", [("ikm.csv", DemoBatches.Bytes(DemoBatches.BatuBara, "ikm.csv"))], null);
        using var otherUsersToken = await web.As(TestUser.Member(BatuBara, TenantRoles.Pimpinan) with { Label = "Operator lain", Name = "operator2@kabupaten-batu-bara", Claims = [(SakipClaims.TenantRole, "kabupaten-batu-bara:Operator")] })
            .PostFormAsync("/kabupaten-batu-bara/operator/tarik", [new("year", "2023"), new("dataset", "akip")], token);

        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tokenWithoutCookie.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, otherUsersToken.StatusCode);
        Assert.Equal(before, publications.States(BatuBara));
    }

    [Fact]
    public async Task An_Operator_of_one_tenant_cannot_open_upload_to_or_publish_another_tenant()
    {
        var dumaiOperator = web.As(TestUser.Member(Dumai, TenantRoles.Operator));
        var token = await dumaiOperator.AntiforgeryAsync("/kota-dumai/operator");
        var before = web.Host.Services.GetRequiredService<IPublicationStore>().States(BatuBara);

        using var page = await dumaiOperator.GetAsync("/kabupaten-batu-bara/operator");
        using var publish = await dumaiOperator.PostFormAsync("/kabupaten-batu-bara/operator/tarik", [new("year", "2023"), new("dataset", "akip")], token);
        using var upload = await dumaiOperator.UploadAsync("/kabupaten-batu-bara/operator/unggah", [("ikm.csv", DemoBatches.Bytes(DemoBatches.BatuBara, "ikm.csv"))], token);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(before, web.Host.Services.GetRequiredService<IPublicationStore>().States(BatuBara));
    }

    [Fact]
    public async Task An_upload_holding_another_tenants_rows_is_rejected_with_an_error_per_row_and_column()
    {
        var dumaiOperator = web.As(TestUser.Member(Dumai, TenantRoles.Operator));
        var token = await dumaiOperator.AntiforgeryAsync("/kota-dumai/operator");
        using var upload = await dumaiOperator.UploadAsync("/kota-dumai/operator/unggah", [("../../ikm.csv", DemoBatches.Bytes(DemoBatches.BatuBara, "ikm.csv"))], token);
        var uploadUrl = upload.Headers.Location!.OriginalString;

        var (runUrl, status) = await dumaiOperator.WaitForRunAsync(uploadUrl);
        var page = await dumaiOperator.GetTextAsync(runUrl);

        Assert.Equal("rejected", status.GetProperty("status").GetString());
        Assert.Contains("Ditolak", page, StringComparison.Ordinal);
        var errors = Regex.Matches(page, """<tr>\s*<td>(?<file>[^<]*)</td>\s*<td class="text-end">(?<row>\d*)</td>\s*<td>(?<column>[^<]*)</td>\s*<td>(?<reason>[^<]*)</td>""");
        Assert.Contains(errors, e => e.Groups["file"].Value == "ikm.csv" && e.Groups["row"].Value == "2" && e.Groups["column"].Value == "tenant"
            && e.Groups["reason"].Value.Contains("kabupaten-batu-bara", StringComparison.Ordinal));
        var saved = Path.Combine(web.Host.DataDirectory, "uploads", Dumai, uploadUrl[(uploadUrl.LastIndexOf('/') + 1)..]);
        Assert.Equal(["ikm.csv"], Directory.EnumerateFiles(saved).Select(Path.GetFileName));
        using var foreignRun = await web.As(TestUser.Member(BatuBara, TenantRoles.Operator)).GetAsync(runUrl.Replace(Dumai, BatuBara, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, foreignRun.StatusCode);
    }

    public static TheoryData<string, string[], string> RefusedUploads => new()
    {
        { "a text file", ["catatan.txt"], "hanya berkas .csv atau .xlsx" },
        { "a workbook with CSV files", ["data.xlsx", "ikm.csv"], "satu buku kerja .xlsx saja" },
        { "a CSV that is not a template file", ["kinerja.csv"], "bukan nama berkas template" },
        { "a workbook that is not a zip", ["data.xlsx"], "bukan buku kerja .xlsx yang sah" },
        { "a binary file named .csv", ["ikm.csv\0"], "bukan berkas teks CSV" },
    };

    [Theory]
    [MemberData(nameof(RefusedUploads))]
    public async Task An_upload_that_is_not_a_template_is_refused_before_anything_is_saved(string what, string[] names, string message)
    {
        var operatorUser = web.As(TestUser.Member(Dumai, TenantRoles.Operator));
        var token = await operatorUser.AntiforgeryAsync("/kota-dumai/operator");
        var files = names.Select(n => n.EndsWith('\0')
            ? (n.TrimEnd('\0'), new byte[] { 0x50, 0x00, 0x01, 0x02 })
            : (n, Encoding.UTF8.GetBytes("tenant,unit\nkota-dumai,x\n")));

        using var response = await operatorUser.UploadAsync("/kota-dumai/operator/unggah", files, token);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode}");
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("id=\"upload-errors\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_is_refused_413_before_it_is_read_or_400_when_only_its_files_are_over()
    {
        var operatorUser = web.As(TestUser.Member(Dumai, TenantRoles.Operator));
        var token = await operatorUser.AntiforgeryAsync("/kota-dumai/operator");
        var far = Units(8000);
        var just = Units(5700);

        using var farOver = await operatorUser.UploadAsync("/kota-dumai/operator/unggah", [("units.csv", far)], token);
        using var justOver = await operatorUser.UploadAsync("/kota-dumai/operator/unggah", [("units.csv", just)], token);

        Assert.True(far.Length > OperatorHostFixture.UploadLimit + (64 * 1024));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, farOver.StatusCode);
        Assert.Contains("Berkas terlalu besar", await farOver.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.InRange(just.Length, OperatorHostFixture.UploadLimit + 1, OperatorHostFixture.UploadLimit + (64 * 1024) - 1024);
        Assert.Equal(HttpStatusCode.BadRequest, justOver.StatusCode);
        Assert.Contains("melebihi batas", WebUtility.HtmlDecode(await justOver.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private static byte[] Units(int rows) =>
        Encoding.UTF8.GetBytes("tenant,unit\n" + string.Concat(Enumerable.Repeat("kota-dumai,kecamatan-sungai-sembilan\n", rows)));

    [Fact]
    public async Task An_upload_or_run_id_of_the_wrong_shape_is_not_found()
    {
        var operatorUser = web.As(TestUser.Member(Dumai, TenantRoles.Operator));

        foreach (var url in new[] { "/kota-dumai/operator/unggahan/..%2F..%2Fetc", "/kota-dumai/operator/unggahan/20990101000000-00000000", "/kota-dumai/operator/run/999999" })
        {
            using var response = await operatorUser.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_navigation_shows_Operator_to_the_tenants_Operators_only()
    {
        var operatorPage = await web.As(TestUser.Member(Dumai, TenantRoles.Operator)).GetTextAsync("/kota-dumai");
        var pimpinanPage = await web.As(TestUser.Member(Dumai, TenantRoles.Pimpinan)).GetTextAsync("/kota-dumai");
        var publicPage = await web.As(TestUser.Anonymous).GetTextAsync("/kota-dumai");

        Assert.Contains("href=\"/kota-dumai/operator\" data-nav=\"operator\"", operatorPage, StringComparison.Ordinal);
        Assert.DoesNotContain("/kota-dumai/operator", pimpinanPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/kota-dumai/audit\" data-nav=\"operator\"", pimpinanPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-nav=\"operator\"", publicPage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/kota-dumai/operator")]
    [InlineData("/kota-dumai/operator/riwayat")]
    [InlineData("/kota-dumai/audit")]
    public async Task Operator_pages_carry_no_inline_script(string url)
    {
        var html = await web.As(TestUser.Member(Dumai, TenantRoles.Operator)).GetTextAsync(url);

        Assert.DoesNotMatch(new Regex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase), html);
    }
}
