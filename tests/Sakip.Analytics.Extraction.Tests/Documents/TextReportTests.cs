using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Documents;

/// <summary>Characters a PDF converter leaves in the text that print as nothing, or as two letters.</summary>
public class TextReportTests
{
    [Theory]
    [InlineData("Persen\u00ADtase Pelayanan\t95,5", "Persentase Pelayanan")]
    [InlineData("Persen\u200Btase Pelayanan\t95,5", "Persentase Pelayanan")]
    [InlineData("Produk Spesi\uFB01kasi Jenis Pelayanan\t95,5", "Produk Spesifikasi Jenis Pelayanan")]
    [InlineData("Jumlah Ke\uFB02uktuasi Layanan\t95,5", "Jumlah Kefluktuasi Layanan")]
    public void A_soft_hyphen_a_zero_width_space_or_a_ligature_reads_as_the_letters_it_prints(string row, string name)
    {
        var line = Assert.Single(TextReportReader.Read("laporan.txt", row).Pages.Single().Lines);

        Assert.Equal(name, line.Cells[0]);
        Assert.StartsWith(name, line.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_names_split_by_soft_hyphens_are_read_whole_with_their_values()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Indikator Kinerja Tahun 2023",
            string.Empty,
            "No\tIndikator Kinerja\tSatuan\tTarget\tReali\u00ADsasi\tCapaian",
            "1\tPersen\u00ADtase Pelayanan Adminis\u00ADtrasi Terpadu yang Tepat Waktu\t%\t90\t95\t105,56",
            "2\tIndeks Kepuasan Masya\u00ADrakat\tNilai\t80\t82,5\t103,13");

        var realizations = result.Indicators.Where(v => v.Kind == Sakip.Analytics.Domain.Facts.IndicatorValueKind.Realization).ToList();
        Assert.Equal(["Persentase Pelayanan Administrasi Terpadu yang Tepat Waktu", "Indeks Kepuasan Masyarakat"], realizations.Select(v => v.Indicator));
        Assert.Equal([95m, 82.5m], realizations.Select(v => v.Value));
    }
}
