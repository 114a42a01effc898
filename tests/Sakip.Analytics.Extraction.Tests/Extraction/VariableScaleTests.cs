using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>A capaian scale written with the capaian as a variable ("X ≥ 91%", "76% ≤ X &lt; 91%"), and the categories judged on it.</summary>
public class VariableScaleTests
{
    internal static readonly string[] Scale =
    [
        "Tabel 3.1",
        "Skala Kategori Capaian Kinerja",
        "No\tInterval Capaian\tKategori",
        "1\tX ≥ 91%\tSangat Baik",
        "2\t76% ≤ X < 91%\tBaik",
        "3\t66% ≤ X < 76%\tCukup",
        "4\t51% ≤ X < 66%\tKurang",
        "5\tX < 51%\tSangat Kurang",
        string.Empty,
    ];

    [Fact]
    public void Each_band_of_a_scale_on_a_variable_is_read_with_its_bounds()
    {
        var result = Report.Extract(Scale);

        var bands = result.ScaleOf(ScaleKind.Capaian);
        Assert.Equal(["Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang"], bands.Select(b => b.Label));
        Assert.Equal((91m, (decimal?)null), (bands[0].Min!.Value, bands[0].Max));
        // "< 91" ends just below 91: 91 itself is the band above's.
        Assert.Equal((76m, 90.99m), (bands[1].Min!.Value, bands[1].Max!.Value));
        Assert.Equal(((decimal?)null, 51m), (bands[4].Min, bands[4].Max!.Value));
    }

    [Fact]
    public void A_category_the_variable_scale_puts_elsewhere_is_a_mismatch()
    {
        var result = Report.Extract([.. Scale,
            "Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\tKategori",
            "1\tPersentase Perangkat Daerah yang Tertib Arsip\t%\t88,00\t88,21\t100,24\tBaik",
            "2\tIndeks Kepuasan Masyarakat\tIndeks\t82,00\t83,10\t101,34\tSangat Baik",
            string.Empty]);

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.CategoryMismatch);
        Assert.Contains("100,24", finding.Description);
    }
}
