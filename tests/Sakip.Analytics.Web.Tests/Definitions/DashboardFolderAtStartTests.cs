using Sakip.Analytics.Application.Dashboards.Definitions;
using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Definitions;

/// <summary>The web host reads dashboards/ at start: a broken file stops it, a new file is served without any C# change.</summary>
public sealed class DashboardFolderAtStartTests
{
    [Fact]
    public void The_host_does_not_start_with_a_broken_definition_and_says_which_file_and_fault()
    {
        var folder = DashboardDefinitionTests.CopyOfShipped();
        var broken = File.ReadAllText(Path.Combine(folder, "tren.json")).Replace("\"type\": \"line\"", "\"type\": \"pie\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "tren.json"), broken);
        using var host = new DashboardHost(folder);

        var error = Assert.ThrowsAny<Exception>(host.StartServer);

        var definitionError = Flatten(error).OfType<DashboardDefinitionException>().FirstOrDefault();
        Assert.True(definitionError is not null, $"expected a DashboardDefinitionException, got {error}");
        Assert.Contains("tren.json: panel 'ikm': unknown chart type 'pie'", definitionError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_definition_file_of_existing_panels_is_served_at_its_own_url()
    {
        var folder = DashboardDefinitionTests.CopyOfShipped();
        File.WriteAllText(Path.Combine(folder, "kecamatan.json"), """
            {
              "schemaVersion": 1, "id": "kecamatan", "version": "0.1.0", "title": "Sorotan kecamatan", "audience": ["publik"], "order": 9,
              "parameters": [ { "name": "year", "type": "year", "label": "Tahun", "default": "latest" } ],
              "panels": [
                { "id": "akip", "title": "AKIP kecamatan", "query": "akip.ranking", "bind": { "kind": "kecamatan" },
                  "chart": { "type": "bar", "category": "unit_name", "value": "total", "horizontal": true },
                  "table": { "columns": ["rank", "unit_name", "total", "predikat"] } }
              ]
            }
            """);
        using var host = new DashboardHost(folder);
        host.StartServer();
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        var page = await Pages.HtmlPage.LoadAsync(client, "/kabupaten-batu-bara/kecamatan");

        var table = page.Table("akip");
        Assert.Equal(["Peringkat", "Unit", "Nilai AKIP", "Predikat"], table[0]);
        Assert.Equal(12, table.Count - 1);
        Assert.NotNull(page.Document.QuerySelector("#dashboard-nav a[data-dashboard='kecamatan']"));
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
