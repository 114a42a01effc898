using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Interpretation;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>The polarity guessed from an indicator's name when the report does not declare it.</summary>
public class PolarityGuessTests
{
    [Theory]
    [InlineData("Jumlah kasus kebakaran", Polarity.LowerIsBetter)]
    [InlineData("Persentase ASN yang Dijatuhi Hukuman Disiplin", Polarity.LowerIsBetter)]
    [InlineData("Jumlah pelanggaran Perda", Polarity.LowerIsBetter)]
    [InlineData("Persentase Pelanggaran Perda yang Ditindaklanjuti", Polarity.HigherIsBetter)]
    [InlineData("Persentase kasus kebakaran yang tertangani dalam waktu tanggap", Polarity.HigherIsBetter)]
    [InlineData("Persentase penurunan angka kemiskinan", Polarity.HigherIsBetter)]
    [InlineData("Waktu tanggap penanganan kebakaran", Polarity.LowerIsBetter)]
    [InlineData("Rata-rata Waktu Tindak Lanjut Pengaduan Masyarakat", Polarity.LowerIsBetter)]
    [InlineData("Indeks Kepuasan Masyarakat", Polarity.HigherIsBetter)]
    [InlineData("Jumlah kejadian kebakaran", Polarity.LowerIsBetter)]
    [InlineData("Angka kejadian kebakaran per 10.000 penduduk", Polarity.LowerIsBetter)]
    [InlineData("Persentase kerugian akibat kebakaran", Polarity.LowerIsBetter)]
    [InlineData("Jumlah korban jiwa akibat bencana", Polarity.LowerIsBetter)]
    [InlineData("Persentase penduduk miskin", Polarity.LowerIsBetter)]
    [InlineData("Luas kawasan permukiman kumuh", Polarity.LowerIsBetter)]
    [InlineData("Jumlah kejadian gangguan ketenteraman dan ketertiban umum", Polarity.LowerIsBetter)]
    [InlineData("Persentase kejadian kebakaran yang tertangani", Polarity.HigherIsBetter)]
    [InlineData("Persentase bantuan bagi keluarga miskin yang tersalurkan", Polarity.HigherIsBetter)]
    [InlineData("Nilai kerugian akibat kebakaran", Polarity.LowerIsBetter)]
    [InlineData("Persentase kejadian kebakaran yang direspon kurang dari 15 menit", Polarity.HigherIsBetter)]
    [InlineData("Persentase Waktu Tanggap kejadian kebakaran kurang dari 15 menit", Polarity.HigherIsBetter)]
    [InlineData("Persentase pelayanan penyelamatan dan evakuasi korban kebakaran", Polarity.HigherIsBetter)]
    [InlineData("Persentase korban bencana yang dievakuasi", Polarity.HigherIsBetter)]
    [InlineData("Jumlah kejadian kebakaran yang dipadamkan", Polarity.HigherIsBetter)]
    [InlineData("Persentase korban kebakaran yang tertolong", Polarity.HigherIsBetter)]
    [InlineData("Persentase kejadian kebakaran yang dapat dilokalisir", Polarity.HigherIsBetter)]
    [InlineData("Persentase anak korban kekerasan yang mendapat pendampingan", Polarity.HigherIsBetter)]
    [InlineData("Jumlah korban jiwa kebakaran yang tidak terselamatkan", Polarity.LowerIsBetter)]
    [InlineData("Persentase kasus pelanggaran Perda yang belum ditindaklanjuti", Polarity.LowerIsBetter)]
    [InlineData("Persentase bangunan gedung yang tidak memenuhi standar proteksi kebakaran", Polarity.LowerIsBetter)]
    [InlineData("Persentase pengaduan yang belum diselesaikan", Polarity.LowerIsBetter)]
    [InlineData("Persentase desa yang tidak lagi buang air besar sembarangan", Polarity.HigherIsBetter)]
    [InlineData("Frekuensi kebakaran di kawasan padat penduduk", Polarity.LowerIsBetter)]
    [InlineData("Luas lahan terbakar", Polarity.LowerIsBetter)]
    [InlineData("Frekuensi pelatihan relawan pemadam kebakaran", Polarity.HigherIsBetter)]
    [InlineData("Persentase sarana prasarana pemadam kebakaran dalam kondisi baik", Polarity.HigherIsBetter)]
    public void A_name_counting_something_bad_is_lower_is_better_unless_it_measures_how_it_is_dealt_with(string name, Polarity expected) =>
        Assert.Equal(expected, IndicatorTableReader.PolarityOf(name));
}
