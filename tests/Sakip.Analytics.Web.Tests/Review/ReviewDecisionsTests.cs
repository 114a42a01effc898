using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Analytics.Application.Export;
using Sakip.Analytics.Application.Runs;
using Sakip.Analytics.Application.Tenancy;
using Sakip.Analytics.Web.Authorization;
using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Review;

/// <summary>What the Operator decides is what loads: a rejected table loads nothing, a corrected value loads as corrected.</summary>
[Collection(ReviewCollection.Name)]
public sealed class ReviewDecisionsTests(ReviewHostFixture web)
{
    private const string BatuBara = "kabupaten-batu-bara";

    [Fact]
    public async Task A_rejected_table_is_not_loaded_and_a_corrected_value_is_loaded_as_corrected_next_to_the_printed_one()
    {
        var steps = web.Steps(TestUser.Member(BatuBara, TenantRoles.Operator), BatuBara);
        var review = await steps.UploadAsync(SeedReports.SeiBalai, SeedReports.Bytes(SeedReports.SeiBalai));
        await steps.AcceptAllAsync(review);
        var page = await steps.PageAsync(review);
        var pagu = page.QuerySelectorAll(".review-table tr[data-dataset='budget'][data-field='pagu'][data-loaded='true']").First();
        var editedTable = pagu.Closest(".review-table")!.GetAttribute("data-table")!;
        var rejected = page.QuerySelectorAll(".review-table")
            .Where(t => t.GetAttribute("data-table") != editedTable && t.QuerySelector("tr[data-loaded='true']") is not null)
            .Select(t => t.GetAttribute("data-table")!)
            .First();
        var figure = pagu.GetAttribute("data-figure")!;
        var line = int.Parse(pagu.GetAttribute("data-line")!, CultureInfo.InvariantCulture);
        var printed = pagu.QuerySelector(".review-printed")!.TextContent.Trim();

        await steps.EditAsync(review, figure, "1.234.567.891");
        await steps.DecideAsync(review, rejected, accept: false);

        page = await steps.PageAsync(review);
        var row = page.QuerySelector($"tr[data-figure='{figure}']")!;
        Assert.Equal(printed, row.QuerySelector(".review-printed")!.TextContent.Trim());
        Assert.Equal("1.234.567.891", row.QuerySelector(".review-edit")!.TextContent.Trim());
        Assert.Equal("rejected", page.QuerySelectorAll(".review-table").Single(t => t.GetAttribute("data-table") == rejected).GetAttribute("data-decision"));
        Assert.NotNull(page.QuerySelector("#findings-rerun"));

        var (runUrl, status) = await steps.LoadAsync(review);
        Assert.Equal("succeeded", status.GetProperty("status").GetString());
        var run = web.Host.Services.GetRequiredService<IEtlRunLog>().Find(long.Parse(runUrl[(runUrl.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture))!;
        var loaded = web.Host.Services.GetRequiredService<IFactExport>().Query(TenantScope.WithDrafts(BatuBara), new FactFilter())
            .Where(f => f.Batch == run.BatchId)
            .ToList();

        Assert.NotEmpty(loaded);
        Assert.DoesNotContain(loaded, f => f.Table == rejected);
        var corrected = Assert.Single(loaded, f => f.Table == editedTable && f.Line == line && f.Kind == "pagu");
        Assert.Equal(1_234_567_891m, corrected.Value);
        var audit = await steps.Client.GetTextAsync($"/{BatuBara}/audit");
        Assert.Contains("data-action=\"review_value_edited\"", audit, StringComparison.Ordinal);
        Assert.Contains("data-action=\"review_table_rejected\"", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_that_is_not_a_printed_number_is_refused_and_the_printed_one_stays()
    {
        var steps = web.Steps(TestUser.Member(BatuBara, TenantRoles.Operator), BatuBara);
        var review = await steps.UploadAsync(SeedReports.SeiBalai, SeedReports.Bytes(SeedReports.SeiBalai));
        var page = await steps.PageAsync(review);
        var figure = page.QuerySelector("tr[data-dataset='budget'][data-field='pagu']")!.GetAttribute("data-figure")!;

        using var response = await steps.PostAsync(review, "ubah", ("figure", figure), ("value", "seratus juta"));
        using var unknown = await steps.PostAsync(review, "ubah", ("figure", "b99999-pagu"), ("value", "1"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("bukan angka", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Null((await steps.PageAsync(review)).QuerySelector(".review-edit"));
    }

    [Fact]
    public async Task A_corrected_ikm_element_score_is_loaded_as_corrected()
    {
        var steps = web.Steps(TestUser.Member(BatuBara, TenantRoles.Operator), BatuBara);
        var review = await steps.UploadAsync(SeedReports.SeiBalai, SeedReports.Bytes(SeedReports.SeiBalai));
        var page = await steps.PageAsync(review);
        var elements = page.QuerySelectorAll("tr[data-dataset='ikm'][data-field='unsur_0']").Select(tr => tr.GetAttribute("data-figure")!).ToList();
        Assert.NotEmpty(elements);

        foreach (var figure in elements)
        {
            await steps.EditAsync(review, figure, "3,99");
        }

        await steps.AcceptAllAsync(review);
        var (runUrl, status) = await steps.LoadAsync(review);
        Assert.Equal("succeeded", status.GetProperty("status").GetString());
        var run = web.Host.Services.GetRequiredService<IEtlRunLog>().Find(long.Parse(runUrl[(runUrl.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture))!;
        var ikm = web.Host.Services.GetRequiredService<IFactExport>().Query(TenantScope.WithDrafts(BatuBara), new FactFilter())
            .Where(f => f.Batch == run.BatchId && f.Dataset == "ikm")
            .ToList();

        var corrected = Assert.Single(ikm, f => f.Value == 3.99m);
        Assert.DoesNotContain(corrected.Measure, new[] { "ikm", "nrr_weighted_total", "respondents" });
    }
}
