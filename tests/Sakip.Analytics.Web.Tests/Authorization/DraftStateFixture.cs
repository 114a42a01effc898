using System.Net;
using System.Text.RegularExpressions;
using Sakip.Analytics.Web.Authorization;
using Sakip.Analytics.Web.Tests.Hosting;
using Sakip.Analytics.Web.Tests.Review;

namespace Sakip.Analytics.Web.Tests.Authorization;

/// <summary>
/// Two tenants of the demo data, each with one year left as a draft by its Operator through the
/// Operator pages: Dumai's 2022 indicators re-uploaded with Sungai Sembilan's IKM realization at
/// 88,10 (the published batch says 86,98), and Batu Bara's AKIP 2023 unpublished (Dinas Kesehatan's
/// 79,20 is then a draft figure). Each tenant also has a rejected upload and a report under review.
/// </summary>
public sealed class DraftStateFixture : IAsyncLifetime
{
    public const string Dumai = "kota-dumai";
    public const string BatuBara = "kabupaten-batu-bara";

    public SignedInHost Host { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public IReadOnlyDictionary<string, TenantSample> Tenants { get; private set; } = null!;

    public SignedInClient As(TestUser user) => new(Client, user);

    public async Task InitializeAsync()
    {
        Host.StartServer();
        Client = Host.NewClient();
        var dumai = As(TestUser.Member(Dumai, TenantRoles.Operator));
        var (dumaiUpload, dumaiRun) = await UploadAsync(dumai, Dumai, ("indicators.csv", DemoBatches.DumaiIndicators2022("88,10")), "succeeded");
        await UploadAsync(dumai, Dumai, ("akip.csv", DemoBatches.Bytes(DemoBatches.BatuBara, "akip.csv")), "rejected");

        var batuBara = As(TestUser.Member(BatuBara, TenantRoles.Operator));
        var token = await batuBara.AntiforgeryAsync($"/{BatuBara}/operator");
        using var unpublished = await batuBara.PostFormAsync($"/{BatuBara}/operator/tarik", [new("year", "2023"), new("dataset", "akip")], token);
        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        var (batuBaraUpload, batuBaraRun) = await UploadAsync(batuBara, BatuBara, ("ikm.csv", DemoBatches.Bytes(DemoBatches.Dumai, "ikm.csv")), "rejected");
        var dumaiReview = await new ReviewSteps(dumai, Dumai).UploadAsync(SeedReports.SungaiSembilan, SeedReports.Bytes(SeedReports.SungaiSembilan));
        var batuBaraReview = await new ReviewSteps(batuBara, BatuBara).UploadAsync(SeedReports.SeiBalai, SeedReports.Bytes(SeedReports.SeiBalai));

        Tenants = new Dictionary<string, TenantSample>
        {
            [Dumai] = new(Dumai, "kecamatan-sungai-sembilan", "iku", dumaiUpload, dumaiRun, LastSegment(dumaiReview), DraftWitness.Dumai,
            [
                "/kota-dumai/unit/kecamatan-sungai-sembilan",
                "/api/v1/kota-dumai/units/kecamatan-sungai-sembilan/indicators?from=2022&to=2022",
                "/kota-dumai/profil/iku.csv?unit=kecamatan-sungai-sembilan",
                "/kota-dumai/profil/iku.xlsx?unit=kecamatan-sungai-sembilan",
            ]),
            [BatuBara] = new(BatuBara, "kecamatan-sei-balai", "akip", batuBaraUpload, batuBaraRun, LastSegment(batuBaraReview), DraftWitness.BatuBara,
            [
                "/kabupaten-batu-bara?year=2023",
                "/api/v1/kabupaten-batu-bara/akip?year=2023",
                "/kabupaten-batu-bara/ikhtisar/peringkat-akip.csv?year=2023",
                "/kabupaten-batu-bara/ikhtisar/peringkat-akip.xlsx?year=2023",
            ]),
        };
    }

    public Task DisposeAsync()
    {
        Client?.Dispose();
        Host.Dispose();
        return Task.CompletedTask;
    }

    private static string LastSegment(string url) => url[(url.LastIndexOf('/') + 1)..];

    private static async Task<(string UploadId, long RunId)> UploadAsync(SignedInClient client, string tenant, (string Name, byte[] Content) file, string expectedStatus)
    {
        var token = await client.AntiforgeryAsync($"/{tenant}/operator");
        using var response = await client.UploadAsync($"/{tenant}/operator/unggah", [file], token);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"upload to {tenant} returned {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var uploadUrl = response.Headers.Location!.OriginalString;
        var (runUrl, status) = await client.WaitForRunAsync(uploadUrl);
        Assert.Equal(expectedStatus, status.GetProperty("status").GetString());
        return (uploadUrl[(uploadUrl.LastIndexOf('/') + 1)..], long.Parse(runUrl[(runUrl.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>What the matrix fills a tenant's routes with, and where the tenant's draft figure must show for its members.</summary>
public sealed record TenantSample(
    string Slug,
    string Unit,
    string Measure,
    string UploadId,
    long RunId,
    string ReviewId,
    Regex Witness,
    IReadOnlyList<string> WitnessUrls);

/// <summary>The draft figures, as they appear in HTML and CSV (88,10), JSON (88.10) and XLSX (88.1).</summary>
public static partial class DraftWitness
{
    public static Regex Dumai => DumaiFigure();

    public static Regex BatuBara => BatuBaraFigure();

    /// <summary>The published figure the Dumai draft replaces.</summary>
    public static Regex DumaiPublished => DumaiPublishedFigure();

    [GeneratedRegex(@"(?<![\d.,])88[.,]10*(?!\d)")]
    private static partial Regex DumaiFigure();

    [GeneratedRegex(@"(?<![\d.,])79[.,]20*(?!\d)")]
    private static partial Regex BatuBaraFigure();

    [GeneratedRegex(@"(?<![\d.,])86[.,]980*(?!\d)")]
    private static partial Regex DumaiPublishedFigure();
}
