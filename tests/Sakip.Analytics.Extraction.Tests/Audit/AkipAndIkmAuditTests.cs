using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

public class AkipAndIkmAuditTests
{
    [Fact]
    public void An_akip_total_that_is_not_its_components_and_a_predikat_out_of_scale_are_both_found()
    {
        var result = Report.Extract(
            "REKAPITULASI EVALUASI SAKIP OPD SE- KABUPATEN CONTOH RAYA TAHUN 2023",
            string.Empty,
            "No\tDINAS / OPD\tKOMPONEN\t\t\t\tTOTAL NILAI EVALUASI SAKIP\tKATEGORI",
            "\t\tPERENCANAAN KINERJA (BOBOT : 30)\tPENGUKURAN KINERJA (BOBOT : 30)\tPELAPORAN KINERJA (BOBOT : 15)\tEVALUASI AKUNTABILITAS KINERJA INTERNAL (BOBOT : 25)\t\t",
            "1\tDINAS PENDIDIKAN\t24,1\t22,4\t9,6\t15,2\t71,30\tBB",
            "2\tKECAMATAN NIBUNG HANGUS\t22,58\t24,03\t9,9\t15,75\t69,77\tB",
            "3\tKECAMATAN TELUK INDAH\t22,02\t20,64\t11,62\t15,87\t70,15\tB");

        Assert.Equal(3, result.Akip.Count);
        Assert.Equal("Kecamatan Teluk Indah", result.Akip[2].Unit);
        var sum = Assert.Single(result.Findings, f => f.Kind == FindingKind.SumMismatch);
        Assert.Equal(69.77m, sum.Reported.Value);
        Assert.Equal(72.26m, sum.Expected.Value);
        var predikat = result.Findings.Where(f => f.Kind == FindingKind.CategoryMismatch).ToList();
        Assert.Equal(2, predikat.Count);
        Assert.Contains(predikat, f => f.Reported.Location.Line == Report.Line(6) && f.Expected.Text == "BB");
        Assert.Contains(predikat, f => f.Reported.Location.Line == Report.Line(7) && f.Expected.Text == "BB");
    }

    [Fact]
    public void An_akip_indicator_realized_with_a_predikat_its_score_does_not_reach_is_a_category_mismatch()
    {
        var result = Report.Extract(
            "Tabel 3.3",
            "Perbandingan Realisasi Kinerja Tahun 2021-2023",
            "No\tIndikator Kinerja\tSatuan\tTarget 2023\tRealisasi 2021\tRealisasi 2022\tRealisasi 2023",
            "1\tNilai AKIP Kecamatan\tNilai\tBB (70,00)\tB (66,10)\tBB (69,85)\tBB (71,20)");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.CategoryMismatch);
        Assert.Equal("BB", finding.Reported.Text);
        Assert.Equal("B", finding.Expected.Text);
        Assert.Equal(69.85m, finding.Expected.Value);
        Assert.Contains("2022", finding.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Akip_components_listed_as_rows_give_one_evaluation_per_year()
    {
        var result = Report.Extract(
            "Tabel 3.12",
            "Hasil Aspek Penilaian AKIP Tahun 2021-2023",
            string.Empty,
            "No.\tAspek Penilaian\tTahun\t\t",
            "\t\t2021\t2022\t2023",
            "1.\tPerencanaan Kinerja\t25,92\t22,91\t22,02",
            "2.\tPengukuran Kinerja\t15,93\t21,87\t20,64",
            "3.\tPelaporan Kinerja\t9,98\t10,13\t11,62",
            "4.\tEvaluasi Akuntabilitas Kinerja Internal\t6,11\t17,25\t15,87",
            "5.\tPencapaian Sasaran/Kinerja\t12,13\t-\t-",
            "Total\t\t70,07\t72,16\t70,15",
            "Kategori\t\tBB\tBB\tBB");

        Assert.Equal([2021, 2022, 2023], result.Akip.Select(a => a.Year));
        Assert.Equal(Domain.Facts.AkipRegulation.PermenPanRb12Of2015, result.Akip[0].Regulation);
        Assert.Equal(Domain.Facts.AkipRegulation.PermenPanRb88Of2021, result.Akip[2].Regulation);
        Assert.All(result.Akip, a => Assert.Equal("BB", a.Predikat));
        Assert.DoesNotContain(result.Findings, f => f.Kind is FindingKind.SumMismatch or FindingKind.CategoryMismatch);
    }

    [Fact]
    public void An_ikm_that_is_not_its_weighted_elements_and_a_mutu_out_of_scale_are_found()
    {
        var result = Report.Extract(
            "Tabel 3.3",
            "Hasil Pelaksanaan Survey Kepuasan Masyarakat (SKM) Tahun 2023",
            string.Empty,
            "No.\tUnsur Pelayanan\tNilai Rata-Rata",
            "1.\tPersyaratan Pelayanan\t3,00",
            "2.\tProsedur Pelayanan\t3,10",
            "3.\tWaktu Pelayanan\t3,14",
            "4.\tBiaya/Tarif Pelayanan\t3,94",
            "5.\tProduk Jenis Pelayanan\t3,05",
            "6.\tKompetensi Pelaksana\t3,17",
            "7.\tPrilaku Pelaksana Pelayanan\t3,25",
            "8.\tSarana Dan Prasarana\t3,05",
            "9.\tPenanganan Pengaduan dan Saran\t3,31",
            "Jumlah NRR Tertimbang\t\t3,22",
            string.Empty,
            "IKM Unit Pelayanan\t84,50",
            "Mutu Pelayanan\t: A",
            string.Empty,
            "Survei diisi oleh sebanyak 96 responden.");

        var ikm = Assert.Single(result.Ikm);
        Assert.Equal(9, ikm.Elements.Count);
        Assert.Equal(96, ikm.Respondents);
        Assert.Equal(84.50m, ikm.Ikm);
        var sum = Assert.Single(result.Findings, f => f.Kind == FindingKind.SumMismatch);
        Assert.Equal(80.50m, sum.Expected.Value);
        var mutu = Assert.Single(result.Findings, f => f.Kind == FindingKind.CategoryMismatch);
        Assert.Equal("B", mutu.Expected.Text);
    }

    [Theory]
    [InlineData("82,67", false)]
    [InlineData("82,75", false)]
    [InlineData("83,50", true)]
    public void An_ikm_is_held_to_its_weighted_elements_only_as_closely_as_their_rounding_allows(string printed, bool found)
    {
        string[] weighted = ["0,366", "0,361", "0,377", "0,389", "0,355", "0,372", "0,377", "0,344", "0,366"];
        string[] elements = ["Persyaratan", "Prosedur", "Waktu Pelayanan", "Biaya/Tarif", "Produk Layanan", "Kompetensi Pelaksana", "Perilaku Pelaksana", "Penanganan Pengaduan", "Sarana dan Prasarana"];
        var result = Report.Extract(
        [
            "Tabel 3.3",
            "Hasil Survei Kepuasan Masyarakat Tahun 2023",
            string.Empty,
            "No\tUnsur Pelayanan\tNilai Rata-rata\tNilai Rata-rata Tertimbang",
            .. weighted.Select((w, i) => $"{i + 1}\t{elements[i]}\t3,30\t{w}"),
            $"\tIKM Unit Layanan\t\t{printed}",
        ]);

        Assert.Equal(found, result.Findings.Any(f => f.Kind == FindingKind.SumMismatch));
    }

    [Theory]
    [InlineData("9,00", false)]
    [InlineData("9,50", true)]
    public void An_akip_component_is_held_to_the_sub_components_printed_under_it(string third, bool found)
    {
        var result = Report.Extract(
            "Tabel 2.5",
            "Hasil Evaluasi AKIP Tahun 2023",
            string.Empty,
            "No\tKomponen/Sub Komponen\tBobot\tNilai",
            "1\tPerencanaan Kinerja\t30\t20,15",
            "a\tPemenuhan Perencanaan Kinerja\t6\t5,00",
            "b\tKualitas Perencanaan Kinerja\t9\t6,15",
            $"c\tPemanfaatan Perencanaan Kinerja\t15\t{third}",
            "2\tPengukuran Kinerja\t30\t18,40",
            "3\tPelaporan Kinerja\t15\t10,25",
            "4\tEvaluasi Akuntabilitas Kinerja Internal\t25\t15,10",
            "\tNilai Akuntabilitas Kinerja\t100\t63,90",
            "\tPredikat\t\tB");

        var akip = Assert.Single(result.Akip);
        Assert.Equal(20.15m, akip.Components[Sakip.Analytics.Domain.Rules.AkipComponent.Perencanaan]);
        Assert.Equal(
            found ? [(FindingKind.SumMismatch, 20.15m, 20.65m, (IReadOnlyList<int>)[Report.Line(5), Report.Line(6), Report.Line(7), Report.Line(8)])] : [],
            result.Findings.Select(f => (f.Kind, f.Reported.Value!.Value, f.Expected.Value!.Value, f.Lines)));
    }
}
