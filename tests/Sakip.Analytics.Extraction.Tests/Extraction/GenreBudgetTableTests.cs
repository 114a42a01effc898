using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Budget tables as dinas and badan print them: several years side by side, efficiency per sasaran, page feet and wrapped names inside the table.</summary>
public class GenreBudgetTableTests
{
    [Fact]
    public void Money_spent_beside_a_sasaran_capaian_is_budget_realisasi_not_the_indicator_realization()
    {
        var result = Report.Extract(
            "Tabel 3.9",
            "Efisiensi Penggunaan Sumber Daya per Sasaran Tahun 2023",
            "No\tSasaran\tIndikator\tCapaian Kinerja (%)\tAnggaran (Rp)\tRealisasi Anggaran (Rp)\tSerapan (%)\tTingkat Efisiensi (%)",
            "1\tMeningkatnya kualitas pelayanan penanggulangan kebakaran\tWaktu tanggap (response time)\t107,14\t2.500.000.000\t2.350.000.000\t94,00\t13,14");

        Assert.DoesNotContain(result.Indicators, v => v.Kind == IndicatorValueKind.Realization);
        var line = Assert.Single(result.Budget);
        Assert.Equal((2_500_000_000m, 2_350_000_000m, 94.00m), (line.Pagu, line.Realisasi, line.ReportedPercent));
    }
}
