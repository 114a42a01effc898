using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

public class ProseAgainstNearestTableAuditTests
{
    [Fact]
    public void A_figure_the_prose_states_otherwise_is_held_to_the_table_right_above_it()
    {
        var result = Report.ExtractOfDinas(
            "Tabel 3.1",
            "Capaian Kinerja Sasaran Tahun 2023",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya kecepatan penanganan kebakaran\tResponse time penanganan kebakaran\tMenit\t15\t14\t106,67",
            string.Empty,
            "Tabel 3.2",
            "Perbandingan Realisasi Kinerja Tahun 2021-2023",
            "No\tIndikator Kinerja\tSatuan\tRealisasi 2021\tRealisasi 2022\tRealisasi 2023",
            "1\tResponse time penanganan kebakaran\tMenit\t17\t16\t14",
            string.Empty,
            "Response time penanganan kebakaran pada tahun 2023 rata-rata 13 menit.");

        var finding = Assert.Single(result.Findings);
        Assert.Equal(FindingKind.TableVsText, finding.Kind);
        Assert.Equal((13m, Report.Line(11)), (finding.Reported.Value, finding.Reported.Location.Line));
        Assert.Equal((14m, "Tabel 3.2", Report.Line(9)), (finding.Expected.Value, finding.Expected.Location.Table, finding.Expected.Location.Line));
    }
}
