using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Several indicators named ahead of "masing-masing" take the figures after it in their order.</summary>
public class ProseRespectiveIndicatorTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.1",
        "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tPersentase kejadian kebakaran yang tertangani sesuai SPM\t%\t90\t92,5\t102,78",
        "2\tPersentase sarana prasarana pemadam dalam kondisi baik\t%\t75\t80\t106,67",
        string.Empty,
    ];

    private static List<ExtractedIndicatorValue> Prose(ExtractionResult result) => [.. result.Indicators.Where(v => v.Source.IsProse)];

    [Theory]
    [InlineData("masing-masing sebesar")]
    [InlineData("berturut-turut")]
    public void Each_figure_goes_to_the_indicator_in_the_same_place_of_the_list(string mark)
    {
        var result = Report.Extract([.. Table, $"Realisasi persentase kejadian kebakaran yang tertangani sesuai SPM dan persentase sarana prasarana pemadam dalam kondisi baik pada tahun 2023 {mark} 92,5% dan 80%."]);

        Assert.Equal(
            [("Persentase kejadian kebakaran yang tertangani sesuai SPM", 92.5m), ("Persentase sarana prasarana pemadam dalam kondisi baik", 80m)],
            Prose(result).Select(v => (v.Indicator, v.Value!.Value)));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Fact]
    public void A_list_of_years_still_takes_the_figures_of_one_indicator()
    {
        var result = Report.Extract([.. Table, "Realisasi persentase kejadian kebakaran yang tertangani sesuai SPM tahun 2021, 2022 dan 2023 berturut-turut 85%, 88% dan 92,5%."]);

        Assert.Equal([(2021, 85m), (2022, 88m), (2023, 92.5m)], Prose(result).Select(v => (v.Year, v.Value!.Value)));
        Assert.All(Prose(result), v => Assert.Equal("Persentase kejadian kebakaran yang tertangani sesuai SPM", v.Indicator));
    }
}
