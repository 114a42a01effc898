using Sakip.Analytics.Extraction.Tests.Support;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tests.Documents;

/// <summary>The two parts of a name or sentence the page broke over two lines, joined as the reader reads them.</summary>
public class WrappedTextTests
{
    [Theory]
    [InlineData("Persentase Perangkat Daerah yang", "Terhubung Jaringan", "Persentase Perangkat Daerah yang Terhubung Jaringan")]
    [InlineData("Persentase Perangkat Daerah yang Ter-", "hubung Jaringan", "Persentase Perangkat Daerah yang Terhubung Jaringan")]
    [InlineData("Rata-", "rata Waktu Tindak Lanjut", "Rata-rata Waktu Tindak Lanjut")]
    [InlineData("Jumlah kegiatan masing-", "masing bidang", "Jumlah kegiatan masing-masing bidang")]
    [InlineData("Persentase Dokumen Sub-", "Kegiatan", "Persentase Dokumen Sub-Kegiatan")]
    [InlineData("Pengadaan Barang -", "Jasa", "Pengadaan Barang - Jasa")]
    [InlineData("Nilai", "", "Nilai")]
    public void A_word_hyphenated_at_the_break_is_joined_whole_and_a_doubled_word_keeps_its_hyphen(string head, string tail, string joined)
    {
        Assert.Equal(joined, WrappedText.Join(head, tail));
    }

    [Fact]
    public void An_indicator_name_hyphenated_over_two_rows_of_its_table_is_read_whole()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Indikator Kinerja Tahun 2023",
            string.Empty,
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian",
            "1\tPersentase Perangkat Daerah yang Ter-\t%\t90\t95\t105,56",
            "\thubung Jaringan Intra Pemerintah",
            "2\tRata-\tHari\t3\t2,5\t116,67",
            "\trata Waktu Tindak Lanjut Pengaduan",
            "3\tIndeks Kepuasan Masyarakat\tNilai\t80\t82,5\t103,13");

        Assert.Equal(
            ["Persentase Perangkat Daerah yang Terhubung Jaringan Intra Pemerintah", "Rata-rata Waktu Tindak Lanjut Pengaduan", "Indeks Kepuasan Masyarakat"],
            result.Indicators.Select(v => v.Indicator).Distinct());
    }
}
