using System.Text.Json;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Cli;

/// <summary>The real command line (sakip.dll, built next to the tests): extract a seed, then score it against its gold file.</summary>
public class ExtractAndScoreCommandTests
{
    [Fact]
    public async Task Extract_writes_the_gold_schema_and_score_prints_precision_and_recall()
    {
        using var folder = new TempFolder();
        var output = folder.File("sei-balai.json");
        var batch = folder.File("batch");

        var extract = await SakipCli.RunAsync("extract", Seeds.TextPath(Seeds.SeiBalai), "--out", output, "--template-out", batch);
        var score = await SakipCli.RunAsync("score", output, Seeds.GoldPath(Seeds.SeiBalai));

        Assert.True(extract.ExitCode == 0, extract.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        foreach (var section in new[] { "document", "indicators", "budget", "akip", "ikm", "inconsistencies" })
        {
            Assert.True(json.RootElement.TryGetProperty(section, out _), section);
        }

        var value = json.RootElement.GetProperty("indicators")[0].GetProperty("values")[0];
        Assert.True(value.GetProperty("confidence").GetDouble() is > 0 and <= 1);
        Assert.True(File.Exists(Path.Combine(batch, "indicators.csv")));
        Assert.True(score.ExitCode == 0, score.Error);
        Assert.Contains("indicators", score.Output, StringComparison.Ordinal);
        Assert.Contains("audited kinds", score.Output, StringComparison.Ordinal);
        Assert.Contains("%", score.Output, StringComparison.Ordinal);
    }
}
