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

    [Fact]
    public async Task A_command_line_import_is_a_draft_that_export_shows_unless_published_only_is_asked()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("sakip-cli-").FullName;
        var batch = TemplateFolders.CopyOfDemo(StoreHost.SungaiSembilan);
        TemplateFolders.KeepOnly(batch, "indicators.csv");
        var row = TemplateFolders.FindRow(batch, "indicators.csv", r => r["kind"] == "realization" && r["indicator"] == "Indeks Kepuasan Masyarakat");
        TemplateFolders.ReplaceCell(batch, "indicators.csv", row, "value", "88,10");
        Assert.Equal(0, (await CliProcess.RunAsync(dataDirectory, ["import", batch], loadDemo: true)).ExitCode);
        string[] export = ["export", "--tenant", "kota-dumai", "--dataset", "indicators", "--year", "2022", "--format", "csv"];

        var withDrafts = await CliProcess.RunAsync(dataDirectory, export, loadDemo: true);
        var published = await CliProcess.RunAsync(dataDirectory, [.. export, "--published-only"], loadDemo: true);

        Assert.Contains(",realization,88.1,,\"88,10\",", withDrafts.Output, StringComparison.Ordinal);
        Assert.Contains(",realization,86.98,,\"86,98\",", published.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("88,10", published.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_on_a_store_held_by_another_process_says_so_without_a_stack_trace()
    {
        await using var dashboard = await StoreHost.StartAsync(loadDemo: false);

        var (exitCode, _, error) = await CliProcess.RunAsync(dashboard.DataDirectory, ["runs"], loadDemo: false);

        Assert.Equal(2, exitCode);
        Assert.Contains("is in use by another process", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extract", "/no/such/report.txt", "--out", "/tmp/never.json")]
    [InlineData("score", "/no/such/extraction.json", "/no/such/gold.json")]
    public async Task A_missing_input_file_is_a_clear_error_not_a_crash(params string[] arguments)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("sakip-cli-").FullName;

        var (exitCode, _, error) = await CliProcess.RunAsync(dataDirectory, arguments, loadDemo: false);

        Assert.Equal(1, exitCode);
        Assert.Contains("/no/such/", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
