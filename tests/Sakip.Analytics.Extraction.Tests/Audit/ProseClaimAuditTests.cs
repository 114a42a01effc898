using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

/// <summary>What the prose states about the tables (targets reached, trends, absorption, shares, counts) against the tables.</summary>
public class ProseClaimAuditTests
{
    private static readonly string[] MeasurementTable =
    [
        "Tabel 3.1",
        "Pengukuran Kinerja Tahun 2023",
        "NO.\tSASARAN STRATEGIS\tINDIKATOR SASARAN\tTARGET\tREALISASI\tCAPAIAN",
        "1\tMeningkatnya Kualitas Pelayanan\tIndeks Kepuasan Masyarakat\t85,00\t80,50\t94,71%",
        "2\tMeningkatnya Koordinasi\tPersentase Rekomendasi yang Ditindaklanjuti\t100\t100\t100%",
        string.Empty,
    ];

    private static List<AuditFinding> TextFindings(ExtractionResult result) =>
        [.. result.Findings.Where(f => f.Kind == FindingKind.TableVsText && f.Reported.Location.IsProse)];

    [Theory]
    [InlineData("Dari uraian di atas, seluruh indikator kinerja telah mencapai target yang ditetapkan.")]
    [InlineData("Dengan demikian sebanyak 2 (dua) indikator capaian diatas target.")]
    [InlineData("Kedua indikator sasaran berhasil mencapai target.")]
    public void A_claim_that_every_indicator_reached_its_target_is_checked_against_the_measurement_table(string claim)
    {
        var result = Report.Extract([.. MeasurementTable, claim]);

        var finding = Assert.Single(TextFindings(result));
        Assert.Equal(Report.Line(7), finding.Reported.Location.Line);
        Assert.Equal(Report.Line(4), finding.Expected.Location.Line);
        Assert.Equal(FindingKind.TableVsText, finding.Kind);
        Assert.Contains("Indeks Kepuasan Masyarakat", finding.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tidak semua indikator mencapai target: IKM masih di bawah target.")]
    [InlineData("Sebanyak 1 (satu) indikator telah mencapai target.")]
    [InlineData("Seluruh indikator kegiatan telah tercapai.")]
    public void A_claim_the_table_bears_out_or_a_negated_one_is_not_a_finding(string claim)
    {
        var result = Report.Extract([.. MeasurementTable, claim]);

        Assert.Empty(TextFindings(result));
    }

    private static readonly string[] AkipHistory =
    [
        "Tabel 3.11",
        "Capaian Nilai AKIP Kecamatan Teluk Indah Tahun 2020-2023",
        string.Empty,
        "Indikator Kinerja\tSatuan\tTarget\t\t\t\tRealisasi\t\t\t\tCapaian\t\t\t",
        "\t\t2020\t2021\t2022\t2023\t2020\t2021\t2022\t2023\t2020\t2021\t2022\t2023",
        "Nilai AKIP\tNilai\t67,25\t70,07\t73,00\t75,00\t67,25\t70,07\t72,16\t70,15\t100%\t100%\t98,85%\t93,53%",
        string.Empty,
    ];

    [Fact]
    public void A_target_met_every_year_of_a_range_is_checked_year_by_year()
    {
        var result = Report.Extract([.. AkipHistory, "Nilai AKIP Kecamatan Teluk Indah dari 2020 sampai dengan 2022 telah memenuhi target yang ditetapkan."]);

        var finding = Assert.Single(TextFindings(result));
        Assert.Equal(Report.Line(6), finding.Expected.Location.Line);
        Assert.Equal(98.85m, finding.Expected.Value);
        Assert.Contains("tahun 2022", finding.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_of_years_on_target_is_not_a_finding()
    {
        var result = Report.Extract([.. AkipHistory, "Nilai AKIP dari 2020 sampai dengan 2021 telah memenuhi target."]);

        Assert.Empty(TextFindings(result));
    }

    [Theory]
    [InlineData("Nilai AKIP selalu meningkat setiap tahun.", 1)]
    [InlineData("Nilai AKIP cenderung naik dari tahun ke tahun.", 0)]
    [InlineData("Nilai AKIP selalu mengalami kenaikan, namun pada tahun 2023 turun.", 0)]
    [InlineData("Target Nilai AKIP selalu naik setiap tahun.", 0)]
    public void A_trend_every_year_is_checked_against_the_series_it_names(string claim, int findings)
    {
        var result = Report.Extract([.. AkipHistory, claim]);

        Assert.Equal(findings, TextFindings(result).Count);
    }

    [Fact]
    public void A_trend_sentence_far_from_any_indicator_is_not_tied_to_the_last_one_named()
    {
        var filler = Enumerable.Range(1, 20).Select(i => i % 2 == 0 ? string.Empty : "Uraian kegiatan pelayanan yang dilaksanakan sepanjang tahun berjalan.");
        var result = Report.Extract([.. AkipHistory, "Nilai AKIP dinilai oleh Inspektorat setiap tahun.", .. filler,
            "Jumlah pengunjung layanan perpustakaan kelurahan selalu meningkat setiap tahun."]);

        Assert.Empty(TextFindings(result));
    }

    private static readonly string[] ProgramTable =
    [
        "Tabel 3.18",
        "Realisasi Anggaran Program Tahun 2023",
        string.Empty,
        "No.\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\tPersentase (%)",
        "1.\tProgram Penunjang Urusan Pemerintahan Daerah\t2.000.000\t1.869.000\t93,45",
        "2.\tProgram Penyelenggaraan Pemerintahan\t1.000.000\t1.000.000\t100,00",
        "3.\tProgram Pemberdayaan Masyarakat Kelurahan\t400.000\t380.000\t95,00",
        "\tJUMLAH\t3.400.000\t3.249.000\t95,56",
        string.Empty,
    ];

    [Fact]
    public void Absorption_above_a_threshold_for_every_program_is_checked_against_the_table_above()
    {
        var result = Report.Extract([.. ProgramTable, "Dari tabel 3.18 di atas, penyerapan anggaran program semuanya di atas 95%."]);

        var finding = Assert.Single(TextFindings(result));
        Assert.Equal(Report.Line(5), finding.Expected.Location.Line);
        Assert.Equal(93.45m, finding.Expected.Value);
    }

    [Fact]
    public void Absorption_the_table_bears_out_is_not_a_finding()
    {
        var result = Report.Extract([.. ProgramTable, "Penyerapan anggaran seluruh program di atas 90%."]);

        Assert.Empty(TextFindings(result));
    }

    private static readonly string[] GroupTable =
    [
        "1. Alokasi Anggaran OPD",
        string.Empty,
        "Uraian\tAnggaran",
        "a. Belanja Operasi\tRp. 17.255.971.010",
        "b. Belanja Modal\tRp. 481.181.300",
        string.Empty,
    ];

    [Theory]
    [InlineData("Proporsi Anggaran pada tahun 2023, Belanja Operasi sebesar 82% dan Belanja Modal sebesar 18%", 1)]
    [InlineData("Proporsi Anggaran pada tahun 2023, Belanja Operasi sebesar 97,29% dan Belanja Modal sebesar 2,71%", 0)]
    [InlineData("Proporsi Anggaran pada tahun 2023, Belanja Operasi yaitu sebesar 82% dan Belanja Modal yaitu sebesar 18%", 1)]
    [InlineData("Komposisi anggaran tahun 2023 terdiri dari Belanja Operasi adalah 82% dan Belanja Modal adalah 18%", 1)]
    [InlineData("Proporsi Anggaran pada tahun 2023, Belanja Operasi sebesar 82 persen dan Belanja Modal sebesar 18 persen", 1)]
    public void Named_shares_are_checked_against_the_amounts_and_their_sum(string claim, int findings)
    {
        var result = Report.Extract([.. GroupTable, claim]);

        var found = TextFindings(result);
        Assert.Equal(findings, found.Count);
        if (findings == 1)
        {
            Assert.Equal(97.29m, found[0].Expected.Value);
            Assert.Equal(Report.Line(4), found[0].Expected.Location.Line);
        }
    }

    [Fact]
    public void A_share_of_a_named_whole_is_checked_against_the_total_its_sibling_sentences_agree_with()
    {
        var result = Report.Extract(
            "No\tPROGRAM\tANGGARAN (Rp.)\tREALISASI (Rp)\tCAPAIAN (%)",
            "I\tProgram Penunjang Urusan Pemerintahan\t1.000.000.000\t900.000.000\t90,00 %",
            "II\tProgram Penyelenggaraan Pemerintahan\t3.000.000.000\t2.700.000.000\t90,00 %",
            "\tTOTAL\t4.000.000.000\t3.600.000.000\t90,00 %",
            string.Empty,
            "Realisasi belanja langsung sebesar Rp 3.600.000.000 atau 90% dari pagu anggaran.",
            string.Empty,
            "Keseluruhan anggaran Program sejumlah Rp 1.000.000.000 yang dialokasikan untuk sasaran I adalah sebesar 25% dari keseluruhan belanja langsung Kecamatan Teluk Indah",
            string.Empty,
            "Keseluruhan anggaran Program sejumlah Rp 3.000.000.000 yang dialokasikan untuk sasaran II adalah sebesar 65% dari keseluruhan belanja langsung Kecamatan Teluk Indah");

        var finding = Assert.Single(TextFindings(result));
        Assert.Equal(Report.Line(10), finding.Reported.Location.Line);
        Assert.Equal(Report.Line(4), finding.Expected.Location.Line);
        Assert.Equal(75m, finding.Expected.Value);
    }

    [Fact]
    public void A_count_of_kegiatan_is_checked_against_the_items_listed_after_it()
    {
        var result = Report.Extract(
            "3. Kegiatan dan Indikator Kegiatan",
            string.Empty,
            "Kegiatan yang dilaksanakan selama Tahun 2023 sebanyak 2 (dua) kegiatan yaitu :",
            string.Empty,
            "a. Program Koordinasi Pemerintahan terdiri kegiatan-kegiatan",
            "1. Kegiatan : Koordinasi Penyelenggaraan Pemerintahan",
            "- Jumlah Peserta Rakor Rutin",
            "2. Kegiatan : Koordinasi Ketentraman dan Ketertiban Umum",
            "b. Program Pelayanan Umum terdiri kegiatan-kegiatan :",
            "1. Kegiatan : Koordinasi Pelayanan Umum",
            string.Empty,
            "C. PERJANJIAN KINERJA",
            string.Empty,
            "1. Kegiatan : bukan bagian daftar di atas");

        var finding = Assert.Single(TextFindings(result));
        Assert.Equal(2m, finding.Reported.Value);
        Assert.Equal(3m, finding.Expected.Value);
        Assert.Equal([Report.Line(3), Report.Line(6), Report.Line(8), Report.Line(10)], finding.Lines);
        Assert.Equal(Domain.Facts.Dataset.Budget, finding.About);
    }

    [Fact]
    public void A_count_matching_its_bulleted_list_is_not_a_finding()
    {
        var result = Report.Extract(
            "Program yang dilaksanakan sebanyak 2 (dua) program utama yaitu :",
            string.Empty,
            "- a. Program Koordinasi Pemerintahan",
            "Indikator Program : Prosentase rekomendasi yang ditindaklanjuti",
            "b. Program Penyelenggaraan Pelayanan Umum",
            string.Empty,
            "3. Kegiatan dan Indikator Kegiatan",
            "a. Program yang bukan bagian daftar");

        Assert.Empty(TextFindings(result));
    }
}
