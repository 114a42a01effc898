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

    [Fact]
    public void A_budget_line_printed_with_its_kode_in_one_table_and_without_in_another_is_loaded_once_with_the_kode()
    {
        var batch = TemplateBatchBuilder.Build(Report.Extract(
            "Tabel 3.8",
            "Realisasi Anggaran per Program Tahun 2023",
            "No\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\t%",
            "1\tProgram Pencegahan dan Penanggulangan Kebakaran\t2.450.000.000\t2.301.500.000\t93,94",
            "2\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t1.000.000.000\t950.000.000\t95,00",
            "\tJumlah\t3.450.000.000\t3.251.500.000\t94,25",
            string.Empty,
            "Tabel 3.10",
            "Realisasi Kinerja dan Keuangan Program Tahun 2023",
            "Kode\tProgram\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\tPagu (Rp)\tRealisasi Keuangan (Rp)\tCapaian Keuangan (%)",
            "1.05.03\tProgram Pencegahan dan Penanggulangan Kebakaran\tPersentase kejadian kebakaran yang tertangani\t100\t100\t100,00\t2.450.000.000\t2.301.500.000\t93,94"));

        var program = Assert.Single(batch.Budget, b => b.Name == "Program Pencegahan dan Penanggulangan Kebakaran");
        Assert.Equal("1.05.03", program.Code);
    }
}
