using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>
/// "Tingkat waktu tanggap" names a share of fires reached in time when it is printed in per cent, and the time itself
/// when it is printed in minutes: the satuan decides which way is better.
/// </summary>
public class TimedPolarityTests
{
    [Theory]
    [InlineData("Menit", "Tingkat waktu tanggap (response time rate) penanganan kebakaran")]
    [InlineData("", "Tingkat waktu tanggap penanganan kebakaran (menit)")]
    [InlineData("Jam", "Tingkat waktu tanggap pengaduan masyarakat")]
    public void A_response_time_printed_in_minutes_or_hours_is_lower_is_better_and_its_capaian_computed_that_way_is_no_finding(string satuan, string name)
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Indikator Kinerja Utama Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            $"1\t{name}\t{satuan}\t15\t12\t120",
            "2\tPersentase sarana prasarana pemadam kebakaran dalam kondisi baik\t%\t80\t84\t105");

        var timed = result.Indicators.Where(v => v.Indicator == name).ToList();
        Assert.Equal(3, timed.Count);
        Assert.All(timed, v => Assert.Equal(Polarity.LowerIsBetter, v.Polarity));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
    }

    [Fact]
    public void A_response_time_rate_printed_in_per_cent_stays_higher_is_better()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Indikator Kinerja Utama Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tTingkat waktu tanggap (response time rate) daerah layanan Wilayah Manajemen Kebakaran\t%\t75\t80\t106,67");

        Assert.All(result.Indicators, v => Assert.Equal(Polarity.HigherIsBetter, v.Polarity));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
    }
}
