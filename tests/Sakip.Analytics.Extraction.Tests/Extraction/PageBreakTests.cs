using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>A page break (its number, perhaps a running head) inside a table, its caption, or between a table and what speaks of it: nothing ends there.</summary>
public class PageBreakTests
{
    [Theory]
    [InlineData("Laporan Kinerja Kecamatan Teluk Indah\n31")]
    [InlineData("31\nLaporan Kinerja Kecamatan Teluk Indah")]
    [InlineData("LKjIP Kecamatan Teluk Indah Tahun 2023 - Halaman 31")]
    [InlineData("Laporan Kinerja Kecamatan Teluk Indah 2023 | Hal. 31")]
    public void A_page_number_between_the_two_header_rows_of_a_budget_table_keeps_its_rows(string frame)
    {
        var result = Report.Extract(
            [
            "Tabel 3.15",
            "Realisasi Anggaran per Kegiatan dan Sub Kegiatan Tahun 2023",
            string.Empty,
            "Kode Rekening\tUraian\tAnggaran Setelah\tRealisasi s/d\tSisa Anggaran\t%",
            string.Empty,
            .. frame.Split('\n'),
            string.Empty,
            "\t\tPerubahan (Rp)\t31 Des 2023 (Rp)\t(Rp)\t",
            "7.01.01\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA\t1.815.000.000\t1.764.500.000\t50.500.000\t97,22",
            "7.01.01.2.01\tPenyediaan Gaji dan Tunjangan ASN\t1.800.000.000\t1.750.000.000\t50.000.000\t97,22",
            "7.01.01.2.02\tPenyediaan Jasa Surat Menyurat\t15.000.000\t14.500.000\t500.000\t96,67",
            ]);

        Assert.Equal(
            [(1_815_000_000m, 1_764_500_000m), (1_800_000_000m, 1_750_000_000m), (15_000_000m, 14_500_000m)],
            result.Budget.Select(b => (b.Pagu, b.Realisasi)));
    }

    [Fact]
    public void A_page_number_inside_a_caption_block_leaves_the_block_whole()
    {
        var result = Report.Extract(
            "**LAMPIRAN PERUBAHAN PERJANJIAN KINERJA PEGAWAI",
            "SEKRETARIS KECAMATAN TELUK INDAH",
            string.Empty,
            "Laporan Kinerja Instansi Pemerintah",
            "31",
            string.Empty,
            "KABUPATEN CONTOH RAYA**",
            string.Empty,
            "NO.\tSASARAN\tINDIKATOR\tSATUAN\tTARGET",
            "1.\tMeningkatnya Akuntabilitas Kinerja Perangkat Daerah\tNilai AKIP\tNilai\tBB (75,00)");

        var value = Assert.Single(result.Indicators);
        Assert.Equal(IndicatorValueKind.TargetRevised, value.Kind);
        Assert.StartsWith("LAMPIRAN PERUBAHAN PERJANJIAN KINERJA", value.Source.Table, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_page_break_between_a_table_and_the_sentence_about_it_adds_no_distance(bool pageBreak)
    {
        string[] frame = pageBreak ? [string.Empty, "Laporan Kinerja Instansi Pemerintah", "8"] : [];
        var result = Report.Extract(
            [
                "Tabel 3.3",
                "Capaian Kinerja Tahun 2023",
                "No\tSasaran\tIndikator\tTarget\tRealisasi\tCapaian",
                "1\tMeningkatnya kualitas pelayanan\tHasil Survei Kepuasan Masyarakat\t100\t72,10\t72,10",
                string.Empty,
                "Sumber: Laporan SKM tahun 2023",
                string.Empty,
                "Tabel 3.4",
                "Perbandingan Realisasi Kinerja dengan Realisasi Nasional",
                string.Empty,
                "NO.\tSASARAN STRATEGIS\tINDIKATOR SASARAN\tREALISASI Th. 2018\tREALISASI NASIONAL\tKET. (+/-)",
                .. frame,
                string.Empty,
                "(1)\t(2)\t(3)\t(4)\t(5)\t(6)",
                "1\tN\tI\tH\tI\tL",
                string.Empty,
                "Sumber Data: data realisasi nasional tidak tersedia",
                string.Empty,
                "Dari tabel diatas rata-rata capaian sasaran sebesar 72 %, sehingga pencapaian sasaran tersebut adalah berhasil.",
            ]);

        var value = Assert.Single(result.Indicators, v => v.Source.IsProse);
        Assert.Equal((IndicatorValueKind.ReportedCapaian, 72m), (value.Kind, value.Value));
    }

    [Fact]
    public void A_page_break_inside_the_numbered_list_that_names_an_amount_column_keeps_the_pairing()
    {
        var result = Report.Extract(
            "Program Kegiatan :",
            string.Empty,
            "1. Perencanaan, Penganggaran dan evaluasi Kinerja Perangkat Daerah",
            "2. Administrasi Keuangan Perangkat Daerah",
            string.Empty,
            "Laporan Kinerja Instansi Pemerintah Kecamatan Teluk Indah",
            "14",
            string.Empty,
            "3. Pemeliharaan Barang Milik Daerah",
            string.Empty,
            "Anggaran\tKeterangan",
            "Rp. 14.418.000\tAPBD",
            "Rp. 8.988.452.581\tAPBD",
            "Rp. 274.557.500\tAPBD");

        Assert.Equal(["Perencanaan, Penganggaran dan evaluasi Kinerja Perangkat Daerah", "Administrasi Keuangan Perangkat Daerah", "Pemeliharaan Barang Milik Daerah"],
            result.Budget.Select(b => b.Name));
    }

    [Fact]
    public void A_budget_list_after_a_page_break_under_a_perjanjian_kinerja_keeps_its_caption()
    {
        var result = Report.Extract(
            "**PERUBAHAN PERJANJIAN KINERJA",
            "KECAMATAN TELUK INDAH",
            "TAHUN 2023**",
            string.Empty,
            "No\tSasaran Strategis\tIndikator Kinerja Sasaran\tSatuan\tTarget Tahunan 2023",
            "1\tMeningkatnya Kualitas Pelayanan\tIndeks Kepuasan Masyarakat\t%\t87",
            string.Empty,
            "Sasaran 1 : Meningkatkan Kepuasan Masyarakat terhadap Pelayanan Publik di Kecamatan",
            string.Empty,
            string.Empty,
            "16",
            "Laporan Kinerja Instansi Pemerintah",
            string.Empty,
            "1\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\tRp.\t35.429.500",
            "1.1\tKoordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan\tRp.\t35.429.500",
            "\tJUMLAH\tRp.\t35.429.500");

        Assert.Equal(3, result.Budget.Count);
        Assert.All(result.Budget, b => Assert.StartsWith("PERUBAHAN PERJANJIAN KINERJA", b.Source.Table, StringComparison.Ordinal));
    }

    [Fact]
    public void A_budget_table_goes_on_past_one_pages_foot_and_the_next_pages_head()
    {
        const string header = "Kode Rekening\tUraian\tAnggaran (Rp)\tRealisasi (Rp)\tSisa Anggaran (Rp)\t%";
        var result = Report.Extract(
            "Tabel 3.15",
            "Realisasi Anggaran per Kegiatan dan Sub Kegiatan Tahun 2023",
            header,
            "7.01.01\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA\t1.815.000.000\t1.764.500.000\t50.500.000\t97,22",
            "7.01.01.2.01\tPenyediaan Gaji dan Tunjangan ASN\t1.800.000.000\t1.750.000.000\t50.000.000\t97,22",
            string.Empty,
            string.Empty,
            "13",
            string.Empty,
            string.Empty,
            "LKjIP Tahun 2023 - Kecamatan Teluk Indah",
            string.Empty,
            string.Empty,
            header,
            "7.01.01.2.02\tPenyediaan Jasa Surat Menyurat\t15.000.000\t14.500.000\t500.000\t96,67",
            "\tJUMLAH TOTAL\t1.815.000.000\t1.764.500.000\t50.500.000\t97,22");

        Assert.Equal(4, result.Budget.Count);
        Assert.Single(result.Budget.Select(b => b.Source.Table).Distinct());
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.SumMismatch);
    }
}
