using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>A report that prints a table's "Tabel 2.2" caption under the table instead of over it.</summary>
public class CaptionBelowTests
{
    [Fact]
    public void A_table_with_no_caption_above_takes_the_numbered_caption_printed_right_under_it()
    {
        var result = Report.Extract(
            "Dengan perencanaan kinerja tersebut diharapkan fokus dalam mengarahkan program dan kegiatan instansi.",
            string.Empty,
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget",
            "1.\tMeningkatkan Kepuasan Masyarakat terhadap Pelayanan Publik\tIndeks Kepuasan Masyarakat (IKM)\tNilai\t85,00",
            "2.\tMeningkatkan Akuntabilitas Kinerja Perangkat Daerah\tNilai AKIP\tNilai\tBB (75,00)",
            string.Empty,
            "Tabel 2.2",
            "Perjanjian Kinerja Perubahan 2023",
            string.Empty,
            "Sumber: Perjanjian Kinerja Perubahan Kecamatan Tahun 2023",
            string.Empty,
            "Dari tabel 2.2 di atas dapat diketahui bahwa ada 2 (dua) sasaran strategis yang ingin dicapai.");

        var targets = result.Indicators.Where(v => !v.Source.IsProse).ToList();
        Assert.Equal(2, targets.Count);
        Assert.All(targets, v => Assert.Equal((IndicatorValueKind.TargetRevised, "Tabel 2.2"), (v.Kind, v.Source.Table)));
    }

    [Fact]
    public void A_caption_between_two_tables_goes_with_the_table_under_it()
    {
        var result = Report.Extract(
            "Berikut rencana kinerja kecamatan.",
            string.Empty,
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget",
            "1.\tMeningkatkan Kepuasan Masyarakat terhadap Pelayanan Publik\tIndeks Kepuasan Masyarakat (IKM)\tNilai\t82,00",
            string.Empty,
            "Tabel 2.2",
            "Perjanjian Kinerja Perubahan 2023",
            string.Empty,
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget",
            "1.\tMeningkatkan Kepuasan Masyarakat terhadap Pelayanan Publik\tIndeks Kepuasan Masyarakat (IKM)\tNilai\t85,00");

        var first = Assert.Single(result.Indicators, v => v.Source.Line == Report.Line(4));
        var second = Assert.Single(result.Indicators, v => v.Source.Line == Report.Line(10));
        Assert.Equal(IndicatorValueKind.Target, first.Kind);
        Assert.NotEqual("Tabel 2.2", first.Source.Table);
        Assert.Equal((IndicatorValueKind.TargetRevised, "Tabel 2.2"), (second.Kind, second.Source.Table));
    }
}
