using System.Globalization;
using System.Text.Json;
using Sakip.Analytics.Arrow.Tests;

namespace Sakip.Analytics.Storage.Tests;

public sealed class ArrowExportTests
{
    [Fact]
    public async Task Export_as_arrow_is_read_by_apache_arrow_with_the_same_facts_as_json()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("sakip-arrow-export-").FullName;
        var arrowFile = Path.Combine(dataDirectory, "akip.arrow");
        var jsonFile = Path.Combine(dataDirectory, "akip.json");
        string[] filter = ["--tenant", "kabupaten-batu-bara", "--dataset", "akip"];

        var arrow = await CliProcess.RunAsync(dataDirectory, ["export", .. filter, "--format", "arrow", "--out", arrowFile], loadDemo: true);
        var json = await CliProcess.RunAsync(dataDirectory, ["export", .. filter, "--format", "json", "--out", jsonFile], loadDemo: true);

        Assert.True(arrow.ExitCode == 0 && json.ExitCode == 0, arrow.Error + json.Error);
        var fromArrow = ArrowJs.Read(arrowFile).GetProperty("rows").EnumerateArray().ToList();
        var fromJson = JsonDocument.Parse(await File.ReadAllTextAsync(jsonFile)).RootElement.EnumerateArray().ToList();
        Assert.Equal(fromJson.Count, fromArrow.Count);
        for (var i = 0; i < fromJson.Count; i++)
        {
            Assert.Equal(fromJson[i].GetProperty("unit").GetString(), fromArrow[i].GetProperty("unit").GetString());
            Assert.Equal(fromJson[i].GetProperty("measure").GetString(), fromArrow[i].GetProperty("measure").GetString());
            Assert.Equal(fromJson[i].GetProperty("line").GetInt32(), fromArrow[i].GetProperty("line").GetInt32());
            var value = fromArrow[i].GetProperty("value");
            var unscaled = decimal.Parse(value.GetProperty("unscaled").GetString()!, CultureInfo.InvariantCulture);
            Assert.Equal(fromJson[i].GetProperty("value").GetDecimal(), unscaled / 1_000_000m);
        }
    }
}
