using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Figures a sentence sets against a target: the realization and the target, or the capaian against the Renstra's end target.</summary>
public class ProseTargetTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.2",
        "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1.\tMeningkatnya Tata Kelola\tIndeks Tata Kelola Digital\tIndeks\t3,20\t3,08\t96,25",
        "2.\tMeningkatnya Keterbukaan\tPersentase Desa yang Tertib Administrasi\t%\t100\t87,50\t87,50",
        string.Empty,
    ];

    private static List<ExtractedIndicatorValue> Prose(ExtractionResult result, int line) =>
        [.. result.Indicators.Where(v => v.Source.IsProse && v.Source.Line == Report.Line(line))];

    [Fact]
    public void A_percentage_set_against_the_target_figure_after_it_is_the_realization_even_after_an_earlier_target_word()
    {
        var result = Report.Extract([.. Table, "Indeks Tata Kelola Digital belum melampaui batas target, sedangkan persentase desa yang tertib administrasi baru mencapai 87,50% dari target 100%."]);

        var prose = Prose(result, 6);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 87.50m });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Target, Value: 100m });
        Assert.Equal(2, prose.Count);
    }
}
