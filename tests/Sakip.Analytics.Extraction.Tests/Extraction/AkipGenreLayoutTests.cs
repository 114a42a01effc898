using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>AKIP tables in the layouts kecamatan and dinas of kota and kabupaten print, as probes of the genre.</summary>
public class AkipGenreLayoutTests
{
    [Fact]
    public void A_recap_of_kecamatan_with_components_and_a_plain_nilai_column_takes_that_column_as_total()
    {
        var result = Report.Extract(
            "Tabel 3.13",
            "Hasil Evaluasi AKIP Kecamatan se-Kabupaten Contoh Raya Tahun 2023",
            string.Empty,
            "No\tKecamatan\tPerencanaan Kinerja\tPengukuran Kinerja\tPelaporan Kinerja\tEvaluasi Akuntabilitas Kinerja Internal\tNilai\tPredikat",
            "\t\t(30)\t(30)\t(15)\t(25)\t(100)\t",
            "1\tTeluk Indah\t22,10\t20,05\t11,20\t16,00\t69,35\tB",
            "2\tBukit Raya\t23,40\t21,10\t11,50\t16,20\t72,20\tBB");

        Assert.Equal([69.35m, 72.20m], result.Akip.Select(a => a.Total!.Value));
        Assert.Equal([22.10m, 23.40m], result.Akip.Select(a => a.Components[AkipComponent.Perencanaan]));
    }

    [Theory]
    [InlineData("Jumlah")]
    [InlineData("Skor")]
    [InlineData("Hasil Evaluasi")]
    public void Years_as_rows_with_components_take_the_plainly_headed_total(string header)
    {
        var result = Report.Extract(
            "Tabel 3.11",
            "Perkembangan Nilai AKIP Kecamatan Teluk Indah",
            string.Empty,
            $"No\tTahun\tPerencanaan Kinerja\tPengukuran Kinerja\tPelaporan Kinerja\tEvaluasi Akuntabilitas Kinerja Internal\t{header}\tPredikat",
            "1\t2022\t21,30\t19,45\t10,85\t15,10\t66,70\tB",
            "2\t2023\t22,10\t20,05\t11,20\t16,00\t69,35\tB");

        Assert.Equal([2022, 2023], result.Akip.Select(a => a.Year));
        Assert.Equal([66.70m, 69.35m], result.Akip.Select(a => a.Total!.Value));
        Assert.Equal([Report.Line(5), Report.Line(6)], result.Akip.Select(a => a.Source.Line));
    }
}
