using Microsoft.Extensions.DependencyInjection;
using Sakip.Analytics.Application.Publishing;
using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Api;

/// <summary>The public pages and API read through the published scope: an unpublished (year, dataset) disappears.</summary>
public sealed class PublishedDataOnlyTests
{
    [Fact]
    public async Task Unpublished_AKIP_of_2023_leaves_the_public_ranking_until_it_is_published_again()
    {
        using var host = new DashboardHost();
        host.StartServer();
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var publications = host.Services.GetRequiredService<IPublicationStore>();

        var published = await client.GetJsonAsync("/api/v1/kabupaten-batu-bara/akip?year=2023");
        Assert.True(publications.Unpublish("kabupaten-batu-bara", 2023, "akip", "test"));
        var hidden = await client.GetJsonAsync("/api/v1/kabupaten-batu-bara/akip?year=2023&kind=semua");
        var page = await Pages.HtmlPage.LoadAsync(client, "/kabupaten-batu-bara/tren?unit=kecamatan-sei-balai&from=2019&to=2023");
        Assert.True(publications.Publish("kabupaten-batu-bara", 2023, "akip", "test"));
        var again = await client.GetJsonAsync("/api/v1/kabupaten-batu-bara/akip?year=2023&kind=kecamatan");

        Assert.Equal(38, published.GetProperty("result").Rows().Count());
        Assert.Empty(hidden.GetProperty("result").Rows());
        var akip2023 = page.Row("akip", r => r[0] == "2023");
        Assert.Equal("IKU", page.Cell("akip", akip2023, "Asal nilai"));
        Assert.Equal(12, again.GetProperty("result").Rows().Count());
    }
}
