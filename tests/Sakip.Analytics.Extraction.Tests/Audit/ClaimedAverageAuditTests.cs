using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

public class ClaimedAverageAuditTests
{
    private static readonly string[] MeasurementTable =
    [
        "Tabel 3.1",
        "Pengukuran Kinerja Tahun 2023",
        "No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tMeningkatnya kualitas pelayanan pencegahan kebakaran\tPersentase Waktu Tanggap kejadian kebakaran kurang dari 15 menit\t%\t90\t88,20\t98,00",
        "2\t\tPersentase sarana prasarana pemadam kebakaran dalam kondisi baik\t%\t80\t96,00\t120,00",
        "3\tMeningkatnya kepuasan masyarakat\tIndeks Kepuasan Masyarakat\tIndeks\t80\t82,00\t102,50",
        string.Empty,
    ];

    [Theory]
    [InlineData("Rata-rata capaian sasaran 1 sebesar 108,50%.")]
    [InlineData("Capaian sasaran Meningkatnya kualitas pelayanan pencegahan kebakaran secara rata-rata sebesar 108,50%.")]
    [InlineData("Rata-rata capaian sasaran 1 sebesar 108.50%.")]
    [InlineData("Capaian sasaran 1 secara rata-rata sebesar 108.50 %.")]
    public void A_sasaran_average_stated_in_the_prose_is_checked_against_its_indicators(string sentence)
    {
        var result = Report.Extract([.. MeasurementTable, sentence]);

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
        Assert.Equal(108.50m, finding.Reported.Value);
        Assert.Equal(109.00m, finding.Expected.Value);
        Assert.Equal(Report.Line(8), finding.Reported.Location.Line);
    }

    [Theory]
    [InlineData("Rata-rata capaian kinerja Kecamatan Teluk Indah tahun 2023 sebesar 104,32% dengan kategori Sangat Tinggi.")]
    [InlineData("Rata-rata capaian perangkat daerah tahun 2023 adalah 104,32%.")]
    public void The_units_average_stated_in_the_prose_is_the_average_of_its_IKU(string sentence)
    {
        var result = Report.Extract([.. MeasurementTable, sentence]);

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
        Assert.Equal((104.32m, 106.83m), (finding.Reported.Value, finding.Expected.Value));
    }

    [Fact]
    public void A_correct_average_of_the_IKU_is_no_finding()
    {
        var result = Report.Extract([.. MeasurementTable, "Rata-rata capaian indikator kinerja utama tahun 2023 adalah 106,83%."]);

        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
    }
}
