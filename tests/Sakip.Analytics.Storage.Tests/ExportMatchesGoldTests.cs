using System.Text.Json;

namespace Sakip.Analytics.Storage.Tests;

/// <summary>
/// The command line's export of the demo data, checked figure by figure against the hand-made gold
/// files: every exported value must be the one the report prints at the cited line.
/// </summary>
public sealed class ExportMatchesGoldTests
{
    [Theory]
    [InlineData("kabupaten-batu-bara", StoreHost.SeiBalai, 500)]
    [InlineData("kota-dumai", StoreHost.SungaiSembilan, 150)]
    [InlineData("kabupaten-jember", StoreHost.Sumbersari, 80)]
    public async Task Export_returns_exactly_the_figures_the_report_prints(string tenant, string document, int atLeast)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("sakip-export-").FullName;
        var output = Path.Combine(dataDirectory, "export.json");

        var (exitCode, _, error) = await CliProcess.RunAsync(
            dataDirectory, ["export", "--tenant", tenant, "--format", "json", "--out", output], loadDemo: true);

        Assert.True(exitCode == 0, error);
        using var exported = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var facts = exported.RootElement.EnumerateArray().ToList();
        var gold = GoldFile.Load(document);
        var mismatches = facts
            .Select(f => gold.Check(f))
            .OfType<string>()
            .ToList();

        Assert.True(facts.Count >= atLeast, $"only {facts.Count} facts exported");
        Assert.All(facts, f => Assert.Equal($"{document}.txt", f.GetProperty("source").GetString()));
        Assert.Empty(mismatches);
    }

    [Fact]
    public async Task Export_as_csv_has_the_long_format_columns_and_filters_by_unit_year_and_dataset()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("sakip-export-").FullName;

        var (exitCode, output, error) = await CliProcess.RunAsync(
            dataDirectory,
            ["export", "--tenant", "kabupaten-batu-bara", "--unit", "kecamatan-sei-balai", "--year", "2023", "--dataset", "akip", "--format", "csv"],
            loadDemo: true);

        Assert.True(exitCode == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        Assert.Subset(header.ToHashSet(), new[] { "tenant", "unit", "year", "dataset", "measure", "kind", "value", "grade", "source", "line" }.ToHashSet());
        Assert.Equal(Cli.Commands.LongFactWriter.CsvHeader, lines[0]);
        Assert.Contains("kabupaten-batu-bara,kecamatan-sei-balai,2023,akip,total,permenpanrb-88-2021,realization,70.15,BB,", output, StringComparison.Ordinal);
        Assert.Contains("kabupaten-batu-bara,kecamatan-sei-balai,2023,akip,total,permenpanrb-88-2021,target,75,BB,", output, StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("kabupaten-batu-bara,kecamatan-sei-balai,2023,akip,", l, StringComparison.Ordinal));
    }
}
