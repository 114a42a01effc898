using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

public class SingleFindingPerErrorAuditTests
{
    [Fact]
    public void A_wrong_predikat_in_an_akip_component_table_is_one_finding()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi",
            "1\tMeningkatnya akuntabilitas kinerja\tNilai SAKIP Kecamatan\tNilai\t65,00\t68,50",
            string.Empty,
            "Tabel 3.8",
            "Hasil Evaluasi SAKIP Kecamatan Teluk Indah Tahun 2022-2024",
            "No\tKomponen\tBobot\t2022\t2023\t2024",
            "1\tPerencanaan Kinerja\t30\t18,50\t19,20\t20,10",
            "2\tPengukuran Kinerja\t30\t15,40\t16,80\t17,90",
            "3\tPelaporan Kinerja\t15\t9,10\t9,80\t10,50",
            "4\tEvaluasi Akuntabilitas Kinerja Internal\t25\t18,00\t18,70\t20,00",
            "\tNilai Akuntabilitas Kinerja\t100\t61,00\t64,50\t68,50",
            "\tPredikat\t\tB\tBB\tB");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.CategoryMismatch);
        Assert.Equal("BB", finding.Reported.Text);
        Assert.Equal("B", finding.Expected.Text);
    }

    [Fact]
    public void A_miscomputed_capaian_copied_into_another_table_and_the_prose_is_one_finding_on_all_its_lines()
    {
        var result = Report.ExtractOfDinas(
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tPersentase kejadian kebakaran yang tertangani\t%\t80\t84,21\t110,26",
            string.Empty,
            "Tabel 3.2",
            "Capaian Indikator Kinerja Utama Tahun 2023",
            "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
            "1\tPersentase kejadian kebakaran yang tertangani\t80\t84,21\t110,26",
            string.Empty,
            "Persentase kejadian kebakaran yang tertangani tahun 2023 sebesar 84,21% dari target 80% atau capaian 110,26%.");

        var finding = Assert.Single(result.Findings);
        Assert.Equal((FindingKind.CapaianMiscomputed, "Tabel 3.1", 110.26m), (finding.Kind, finding.Reported.Location.Table, finding.Reported.Value));
        Assert.Equal([Report.Line(4), Report.Line(9), Report.Line(11)], finding.Lines);
        Assert.EndsWith($"Tercetak sama di Tabel 3.2 baris {Report.Line(9)}, teks baris {Report.Line(11)}.", finding.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ikm_computed_from_its_elements_under_a_misadded_weighted_total_is_not_a_second_finding()
    {
        var result = Report.Extract(
            "Tabel 3.6",
            "Hasil Survei Kepuasan Masyarakat Tahun 2023",
            "No\tUnsur Pelayanan\tNRR\tNRR Tertimbang",
            "1\tPersyaratan\t3,40\t0,378",
            "2\tSistem, Mekanisme dan Prosedur\t3,35\t0,372",
            "3\tWaktu Penyelesaian\t3,20\t0,356",
            "4\tBiaya/Tarif\t3,80\t0,422",
            "5\tProduk Spesifikasi Jenis Pelayanan\t3,30\t0,367",
            "6\tKompetensi Pelaksana\t3,25\t0,361",
            "7\tPerilaku Pelaksana\t3,45\t0,383",
            "8\tSarana dan Prasarana\t3,10\t0,344",
            "9\tPenanganan Pengaduan, Saran dan Masukan\t3,36\t0,373",
            "\tJumlah NRR Tertimbang\t\t3,456",
            "\tNilai IKM\t\t83,90",
            "\tMutu Pelayanan\t\tB (Baik)");

        var finding = Assert.Single(result.Findings);
        Assert.Equal(FindingKind.SumMismatch, finding.Kind);
        Assert.Equal(3.456m, finding.Reported.Value);
    }
}
