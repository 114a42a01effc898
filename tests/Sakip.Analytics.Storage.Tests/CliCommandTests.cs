namespace Sakip.Analytics.Storage.Tests;

public sealed class CliCommandTests
{
    [Fact]
    public async Task Import_of_a_malformed_batch_exits_non_zero_and_prints_each_error_with_row_and_column()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("sakip-cli-").FullName;
        var bad = TemplateFolders.CopyOfDemo(StoreHost.Sumbersari);
        TemplateFolders.ReplaceCell(bad, "indicators.csv", dataRow: 4, column: "kind", newValue: "realisasi");

        var (exitCode, output, _) = await CliProcess.RunAsync(dataDirectory, ["import", bad], loadDemo: false);

        Assert.Equal(1, exitCode);
        Assert.Contains("rejected", output, StringComparison.Ordinal);
        Assert.Contains("indicators.csv, baris 4, kolom kind", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task First_command_on_an_empty_store_loads_the_demo_data_through_the_job_and_runs_lists_it()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("sakip-cli-").FullName;

        var (exitCode, output, error) = await CliProcess.RunAsync(dataDirectory, ["runs"], loadDemo: true);

        Assert.True(exitCode == 0, error);
        var runLines = output.Split('\n').Where(l => l.Contains(" demo ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, runLines.Count);
        Assert.All(runLines, l => Assert.Contains("succeeded", l, StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(dataDirectory, "sakip.duckdb")));
    }
}
