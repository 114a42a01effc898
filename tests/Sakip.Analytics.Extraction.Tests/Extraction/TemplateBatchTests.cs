using Sakip.Analytics.Extraction.Output;
using Sakip.Analytics.Extraction.Tests.Support;
using Sakip.Analytics.Import;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

public class TemplateBatchTests
{
    public static TheoryData<string> SeedNames() => [.. Seeds.All];

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void An_extraction_written_as_a_template_batch_passes_the_importers_checks(string seed)
    {
        using var folder = new TempFolder();
        var written = TemplateBatchBuilder.Write(Seeds.Extract(seed), folder.Path);

        var read = TemplateReader.Read(folder.Path);

        Assert.True(read.Succeeded, string.Join('\n', read.Errors.Take(20)));
        Assert.Contains(written, f => f.EndsWith("indicators.csv", StringComparison.Ordinal));
        Assert.NotEmpty(read.Batch!.Indicators);
        Assert.All(read.Batch.Indicators, f => Assert.Equal(seed + ".txt", f.Source.Document));
    }

    [Fact]
    public void A_figure_printed_in_several_tables_is_loaded_once_from_the_main_table()
    {
        var batch = TemplateBatchBuilder.Build(Seeds.Extract(Seeds.Dumai));

        var realization = Assert.Single(batch.Indicators, f => f.Indicator == "Persentase Pelaksanaan Pelimpahan Kewenangan Kepada Camat"
            && f.Kind == Domain.Facts.IndicatorValueKind.Realization && f.Year == 2022);
        // TABEL III.1 is the first numbered table of the results chapter (BAB III).
        Assert.Equal(("TABEL III.1", 353), (realization.Source.Table, realization.Source.Line));
        Assert.Equal(99.55m, realization.Value);
    }
}
