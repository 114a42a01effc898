using Sakip.Analytics.Application.Dashboards.Definitions;
using Sakip.Analytics.Application.Dashboards.Panels;

namespace Sakip.Analytics.Web.Tests.Definitions;

/// <summary>The shipped dashboards/*.json load and validate; broken definitions are rejected with the fault named.</summary>
public sealed class DashboardDefinitionTests
{
    private const string Valid = """
        {
          "schemaVersion": 1, "id": "uji", "version": "1.0.0", "title": "Uji", "audience": ["publik"],
          "parameters": [ { "name": "year", "type": "year", "label": "Tahun", "default": "latest" } ],
          "panels": [
            { "id": "a", "title": "Peringkat", "query": "akip.ranking", "chart": { "type": "bar", "category": "unit_name", "value": "total" } }
          ]
        }
        """;

    private static readonly PanelQueryCatalog Queries = BuiltinPanelQueries.Catalog();

    public static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "dashboards");

    [Fact]
    public void The_shipped_dashboards_are_valid_and_one_of_them_is_the_tenant_home()
    {
        var catalog = DashboardLoader.LoadFolder(ShippedFolder, Queries);

        Assert.Equal(["ikhtisar", "perbandingan", "tren", "benchmark", "profil"], catalog.All.Select(d => d.Id));
        Assert.Equal("ikhtisar", catalog.Landing.Id);
        Assert.Equal("profil", catalog.UnitPage?.Id);
    }

    [Fact]
    public void A_valid_definition_has_no_fault()
    {
        var (definition, faults) = DashboardLoader.Parse(Valid, "uji.json", Queries);

        Assert.Empty(faults);
        Assert.Equal("Uji", definition!.Title);
    }

    [Theory]
    [InlineData("\"query\": \"akip.ranking\"", "\"query\": \"akip.peringkat\"", "panel 'a': unknown query 'akip.peringkat'")]
    [InlineData("\"type\": \"bar\"", "\"type\": \"pie\"", "panel 'a': unknown chart type 'pie'")]
    [InlineData("\"title\": \"Uji\", ", "", "missing title")]
    [InlineData("\"title\": \"Peringkat\", ", "", "panel 'a' is missing its title")]
    [InlineData("\"value\": \"total\"", "\"value\": \"jumlah\"", "panel 'a': chart value names unknown column 'jumlah' of query 'akip.ranking'")]
    [InlineData("\"default\": \"latest\"", "\"default\": \"kemarin\"", "parameter 'year' default: 'kemarin' is not a year")]
    [InlineData("\"type\": \"year\"", "\"type\": \"tahun\"", "parameter 'year' has unknown type 'tahun'")]
    [InlineData("\"audience\": [\"publik\"]", "\"audience\": [\"semua\"]", "unknown audience 'semua'")]
    [InlineData("\"version\": \"1.0.0\"", "\"version\": \"baru\"", "version 'baru' is not like 1.0.0")]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 2", "schemaVersion must be 1, found 2")]
    [InlineData("\"audience\"", "\"audiens\"", "invalid JSON")]
    public void A_broken_definition_is_rejected_with_its_fault(string find, string replace, string fault)
    {
        var (_, faults) = DashboardLoader.Parse(Valid.Replace(find, replace, StringComparison.Ordinal), "uji.json", Queries);

        Assert.Contains(faults, f => f.Contains(fault, StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_panel_ids_are_rejected()
    {
        var json = Valid.Replace(
            "\"panels\": [",
            "\"panels\": [ { \"id\": \"a\", \"title\": \"Lagi\", \"query\": \"akip.ranking\", \"chart\": { \"type\": \"table\" } },",
            StringComparison.Ordinal);

        var (_, faults) = DashboardLoader.Parse(json, "uji.json", Queries);

        Assert.Contains("duplicate panel id 'a'", faults);
    }

    [Fact]
    public void A_query_parameter_the_dashboard_does_not_provide_is_a_fault()
    {
        var json = Valid.Replace("\"query\": \"akip.ranking\"", "\"query\": \"measure.trend\"", StringComparison.Ordinal)
            .Replace("\"category\": \"unit_name\", \"value\": \"total\"", "\"category\": \"year\", \"value\": \"value\"", StringComparison.Ordinal);

        var (_, faults) = DashboardLoader.Parse(json, "uji.json", Queries);

        Assert.Contains(faults, f => f.Contains("query 'measure.trend' needs parameter 'unit' (unit)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_with_a_broken_file_fails_to_load_naming_the_file_and_the_fault()
    {
        var folder = CopyOfShipped();
        File.WriteAllText(Path.Combine(folder, "rusak.json"), Valid.Replace("\"id\": \"uji\"", "\"id\": \"rusak\"", StringComparison.Ordinal)
            .Replace("akip.ranking", "tidak.ada", StringComparison.Ordinal));

        var error = Assert.Throws<DashboardDefinitionException>(() => DashboardLoader.LoadFolder(folder, Queries));

        Assert.Contains("rusak.json: panel 'a': unknown query 'tidak.ada'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_landing_dashboards_are_rejected()
    {
        var folder = CopyOfShipped();
        File.WriteAllText(Path.Combine(folder, "kedua.json"), Valid.Replace("\"id\": \"uji\"", "\"id\": \"kedua\", \"landing\": true", StringComparison.Ordinal));

        var error = Assert.Throws<DashboardDefinitionException>(() => DashboardLoader.LoadFolder(folder, Queries));

        Assert.Contains("more than one dashboard has \"landing\": true", error.Message, StringComparison.Ordinal);
    }

    public static string CopyOfShipped()
    {
        var folder = Directory.CreateTempSubdirectory("sakip-dashboards-").FullName;
        foreach (var file in Directory.EnumerateFiles(ShippedFolder, "*.json"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }
}
