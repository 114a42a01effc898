using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

public class CategoryAuditTests
{
    [Fact]
    public void A_Permendagri_category_that_does_not_fit_its_capaian_is_a_finding_when_the_report_prints_no_scale()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Kinerja Tahun 2023",
            "No\tSasaran\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\tKategori",
            "1\tMeningkatnya kualitas pelayanan publik kecamatan\tIndeks Kepuasan Masyarakat\t82,00\t84,05\t102,50\tSangat Tinggi",
            "2\tMeningkatnya ketentraman dan ketertiban umum\tPersentase penanganan gangguan trantibum\t100\t70,00\t70,00\tTinggi");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.CategoryMismatch);
        Assert.Equal("Tinggi", finding.Reported.Text);
        Assert.Equal("Sedang", finding.Expected.Text);
        Assert.Equal([Report.Line(5)], finding.Lines);
    }

    [Fact]
    public void A_category_word_of_an_unprinted_scale_of_its_own_is_not_held_to_Permendagri()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\tKategori",
            "1\tMeningkatnya ketentraman dan ketertiban umum\tPersentase penanganan gangguan trantibum\t100\t70,00\t70,00\tCukup");

        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.CategoryMismatch);
    }

    [Fact]
    public void A_category_is_held_to_the_reports_own_scale_whatever_case_either_is_printed_in()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Skala Nilai Peringkat Kinerja",
            string.Empty,
            "no\tinterval nilai capaian\tkategori",
            "1\t≥ 91%\tsangat tinggi",
            "2\t76% - 90%\ttinggi",
            "3\t66% - 75%\tsedang",
            "4\t51% - 65%\trendah",
            "5\t≤ 50%\tsangat rendah",
            string.Empty,
            "Tabel 3.2",
            "Capaian Kinerja Tahun 2023",
            string.Empty,
            "No\tSasaran\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\tKategori",
            "1\tMeningkatnya kualitas pelayanan publik kecamatan\tIndeks Kepuasan Masyarakat\t82,00\t84,05\t102,50\tSangat Tinggi",
            "2\tMeningkatnya kompetensi aparatur\tPersentase ASN yang mengikuti pengembangan kompetensi\t55,00\t46,97\t85,40\tSangat Tinggi");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.CategoryMismatch);
        Assert.Equal(("Sangat Tinggi", "tinggi"), (finding.Reported.Text, finding.Expected.Text));
        Assert.Equal([Report.Line(6), Report.Line(16)], finding.Lines);
    }
}
