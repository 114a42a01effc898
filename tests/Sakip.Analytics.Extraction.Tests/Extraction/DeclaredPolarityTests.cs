using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

public class DeclaredPolarityTests
{
    private static readonly string[] MeasurementTable =
    [
        "Tabel 3.2",
        "Pengukuran Capaian Kinerja Tahun 2024",
        "No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tMeningkatnya ketertiban\tJumlah kejadian gangguan ketenteraman dan ketertiban umum\tKejadian\t24\t19\t79,17",
        "2\tMeningkatnya disiplin aparatur\tPersentase ASN yang Mengikuti Pelatihan Teknis\t%\t0,75\t0,84\t112,00",
    ];

    [Fact]
    public void A_sentence_calling_an_indicator_negative_makes_it_lower_is_better_and_its_capaian_is_checked_that_way()
    {
        var result = Report.Extract(
        [
            "Indikator jumlah kejadian gangguan ketenteraman dan ketertiban umum merupakan indikator dengan arah negatif, artinya semakin kecil realisasi semakin baik kinerjanya.",
            string.Empty,
            .. MeasurementTable,
        ]);

        Assert.All(result.Indicators.Where(v => v.Indicator.StartsWith("Jumlah kejadian", StringComparison.Ordinal)), v => Assert.Equal(Polarity.LowerIsBetter, v.Polarity));
        Assert.All(result.Indicators.Where(v => v.Indicator.StartsWith("Persentase ASN", StringComparison.Ordinal)), v => Assert.Equal(Polarity.HigherIsBetter, v.Polarity));
        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
        Assert.Equal(79.17m, finding.Reported.Value);
    }

    [Fact]
    public void A_polaritas_column_declares_each_rows_polarity()
    {
        var result = Report.Extract(
        [
            "Tabel 2.2",
            "Indikator Kinerja Utama",
            "No\tIndikator Kinerja Utama\tFormulasi\tPolaritas\tSumber Data",
            "1\tJumlah kejadian gangguan ketenteraman dan ketertiban umum\tJumlah kejadian dalam setahun\tMaximize\tSeksi Trantib",
            "2\tPersentase ASN yang Mengikuti Pelatihan Teknis\tJumlah ASN mengikuti pelatihan / jumlah ASN x 100%\tMinimize\tBidang Penilaian Kinerja",
            string.Empty,
            .. MeasurementTable,
        ]);

        Assert.All(result.Indicators.Where(v => v.Indicator.StartsWith("Persentase ASN", StringComparison.Ordinal)), v => Assert.Equal(Polarity.LowerIsBetter, v.Polarity));
        Assert.All(result.Indicators.Where(v => v.Indicator.StartsWith("Jumlah kejadian", StringComparison.Ordinal)), v => Assert.Equal(Polarity.HigherIsBetter, v.Polarity));
        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
        Assert.Equal(112.00m, finding.Reported.Value);
        Assert.Equal(89.29m, finding.Expected.Value);
    }

    [Fact]
    public void Indikator_ini_points_back_to_the_indicator_the_sentence_before_named_and_a_general_rule_names_none()
    {
        // A name the guess takes as higher is better, so that only a declaration could turn it.
        var result = Report.Extract(
        [
            .. MeasurementTable.Select(l => l.Replace("Jumlah kejadian gangguan ketenteraman dan ketertiban umum", "Jumlah desa yang tertib administrasi", StringComparison.Ordinal)),
            string.Empty,
            "Sedangkan untuk indikator yang bersifat negatif (semakin rendah realisasi semakin baik), capaian dihitung dengan rumus target dibagi realisasi.",
            string.Empty,
            "Sasaran ini diukur dengan indikator Persentase ASN yang Mengikuti Pelatihan Teknis. Indikator ini bersifat negatif, artinya semakin kecil realisasi semakin baik.",
        ]);

        Assert.All(result.Indicators.Where(v => v.Indicator.StartsWith("Persentase ASN", StringComparison.Ordinal)), v => Assert.Equal(Polarity.LowerIsBetter, v.Polarity));
        Assert.All(result.Indicators.Where(v => v.Indicator.StartsWith("Jumlah desa", StringComparison.Ordinal)), v => Assert.Equal(Polarity.HigherIsBetter, v.Polarity));
    }
}
