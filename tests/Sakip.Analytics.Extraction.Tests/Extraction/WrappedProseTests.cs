using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>
/// Report text whose converter broke every paragraph into lines of a page's width (as pdftotext does), where the
/// reports seen so far print a paragraph on one line: a sentence and its figures run on over the line breaks.
/// </summary>
public class WrappedProseTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.2",
        "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tPersentase Capaian",
        "1.\tMeningkatkan Kepuasan Masyarakat\tIndeks Kepuasan Masyarakat (IKM)\tNilai\t85,00\t80,50\t94,71%",
        string.Empty,
    ];

    private static readonly string[] Wrapped =
    [
        "Laporan Kinerja ini disusun sebagai wujud pertanggungjawaban atas pelaksanaan",
        "tugas pokok dan fungsi Kecamatan Teluk Indah selama tahun anggaran 2023 sesuai",
        "dengan Rencana Strategis yang telah ditetapkan sebelumnya oleh pimpinan daerah.",
        string.Empty,
        "Pengukuran kinerja dilakukan dengan membandingkan target dan realisasi setiap",
        "indikator kinerja utama yang tercantum dalam Perjanjian Kinerja tahun 2023 dan",
        "hasilnya dianalisis untuk perbaikan perencanaan pada tahun-tahun berikutnya.",
        string.Empty,
        "Pada tahun 2023 realisasi Indeks Kepuasan Masyarakat (IKM) Kecamatan Teluk Indah",
        "tercatat sebesar 80,50 dari target sebesar 85,00 sehingga capaian kinerjanya",
        "sebesar 94,71% dan berada pada kategori baik sesuai skala yang digunakan.",
        string.Empty,
    ];

    [Fact]
    public void A_sentence_wrapped_over_several_lines_gives_its_figures_with_their_kinds()
    {
        var result = Report.Extract([.. Table, .. Wrapped]);

        var prose = result.Indicators.Where(v => v.Source.IsProse).OrderBy(v => v.Kind).ToList();
        Assert.Equal(
            [(IndicatorValueKind.Target, 85.00m), (IndicatorValueKind.Realization, 80.50m), (IndicatorValueKind.ReportedCapaian, 94.71m)],
            prose.Select(v => (v.Kind, v.Value!.Value)).OrderBy(v => v.Kind));
        Assert.All(prose, v => Assert.Equal("Indeks Kepuasan Masyarakat (IKM)", v.Indicator));
    }

    [Fact]
    public void A_wrapped_paragraphs_figure_keeps_the_line_it_is_printed_on()
    {
        var result = Report.Extract([.. Table, .. Wrapped]);

        var prose = result.Indicators.Where(v => v.Source.IsProse).ToList();
        Assert.Equal(Report.Line(14), Assert.Single(prose, v => v.Kind == IndicatorValueKind.Realization).Source.Line);
        Assert.Equal(Report.Line(15), Assert.Single(prose, v => v.Kind == IndicatorValueKind.ReportedCapaian).Source.Line);
    }

    [Fact]
    public void A_survey_legend_wrapped_over_lines_names_every_code_of_the_table_above_it()
    {
        var result = Report.Extract(
        [
            .. Wrapped,
            "Tabel 3.6",
            "Hasil Survei Kepuasan Masyarakat Tahun 2023",
            "Uraian\tU1\tU2\tU3\tU4\tU5\tU6\tU7\tU8\tU9",
            "NRR per Unsur\t3,38\t3,32\t3,22\t3,94\t3,40\t3,46\t3,56\t3,12\t3,20",
            "NRR Tertimbang per Unsur\t0,37518\t0,36852\t0,35742\t0,43734\t0,37740\t0,38406\t0,39516\t0,34632\t0,35520",
            "Jumlah NRR Tertimbang\t3,40560",
            "IKM Unit Pelayanan (Jumlah NRR Tertimbang x 25)\t85,14",
            string.Empty,
            "Keterangan:",
            "U1 = Persyaratan; U2 = Sistem, Mekanisme dan Prosedur; U3 =",
            "Waktu Penyelesaian; U4 = Biaya/Tarif; U5 = Produk",
            "Spesifikasi Jenis Pelayanan; U6 = Kompetensi Pelaksana; U7 =",
            "Perilaku Pelaksana; U8 = Sarana dan Prasarana; U9 =",
            "Penanganan Pengaduan, Saran dan Masukan.",
        ]);

        var survey = Assert.Single(result.Ikm);
        Assert.Equal(
            ["Persyaratan", "Sistem, Mekanisme dan Prosedur", "Waktu Penyelesaian", "Biaya/Tarif", "Produk Spesifikasi Jenis Pelayanan",
             "Kompetensi Pelaksana", "Perilaku Pelaksana", "Sarana dan Prasarana", "Penanganan Pengaduan, Saran dan Masukan"],
            survey.Elements.Select(e => e.Name));
    }

    [Fact]
    public void A_word_hyphenated_at_a_line_break_is_read_whole()
    {
        var result = Report.Extract(
        [
            .. Table, .. Wrapped[..8],
            "Pada tahun 2023 realisasi Indeks Kepuasan Masyarakat (IKM) Kecamatan Teluk Indah ter-",
            "catat sebesar 80,50 dari target sebesar 85,00 sehingga capaian kinerjanya sebe-",
            "sar 94,71% dan berada pada kategori baik sesuai skala yang digunakan tahun ini.",
        ]);

        Assert.Equal(3, result.Indicators.Count(v => v.Source.IsProse));
    }

    [Fact]
    public void Lines_of_a_report_printing_each_paragraph_on_one_line_are_not_joined()
    {
        var result = Report.Extract(
        [
            .. Table,
            "Sasaran 1 : Meningkatkan Kepuasan Masyarakat",
            "Indikator Kinerja : Indeks Kepuasan Masyarakat (IKM)",
            "Target : 85,00",
            "Realisasi : 80,50",
        ]);

        Assert.Equal(
            [(IndicatorValueKind.Target, Report.Line(7)), (IndicatorValueKind.Realization, Report.Line(8))],
            result.Indicators.Where(v => v.Source.IsProse).Select(v => (v.Kind, v.Source.Line)).OrderBy(v => v.Item2));
    }
    [Fact]
    public void A_tables_lead_in_wrapped_over_two_lines_is_read_whole()
    {
        var result = Report.Extract(
        [
            "Keseluruhan anggaran belanja langsung per program pada Kecamatan Teluk Indah pada",
            "tahun 2023 terdiri dari program dan kegiatan sebagai berikut:",
            string.Empty,
            "Tabel 3.10",
            "Realisasi Anggaran per Program Tahun 2023",
            "No\tProgram/Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\tCapaian (%)",
            "I\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t1.240.488.150\t1.186.528.863\t95,65",
            "1\tPenyediaan Jasa Penunjang Urusan Pemerintahan Daerah\t1.240.488.150\t1.186.528.863\t95,65",
            "\tTOTAL\t1.240.488.150\t1.186.528.863\t95,65",
            string.Empty,
            .. Wrapped[..8],
        ]);

        Assert.Equal("TOTAL Belanja Langsung", result.Budget[^1].Name);
    }
    [Fact]
    public void A_sub_heading_wrapped_over_two_lines_between_an_agreement_and_its_budget_list_keeps_them_apart()
    {
        var result = Report.Extract(
            AgreementAndBudgetList("PERJANJIAN KINERJA TAHUN 2023", "Sasaran 1 : Meningkatnya kepuasan masyarakat terhadap", "pelayanan publik di kecamatan"));

        Assert.Equal(["Indeks Kepuasan Masyarakat"], result.Indicators.Select(v => v.Indicator).Distinct());
        Assert.Equal(3, result.Budget.Count);
    }

    [Fact]
    public void A_running_head_and_its_page_number_are_no_paragraph()
    {
        var text = string.Join('\n', [.. Wrapped, "LKjIP Kecamatan Teluk Indah Kabupaten Contoh Raya Tahun Anggaran 2023", "38", string.Empty, .. Wrapped]);
        var lines = TextReportReader.Read("contoh.txt", text).Pages[0].Lines;

        var joined = WrappedParagraphs.Join(lines, new HashSet<int>());

        Assert.Equal(6, joined.Count(l => l.Parts is not null));
        Assert.Contains(joined, l => l.Text == "38");
    }
    [Fact]
    public void A_paragraph_broken_off_mid_sentence_by_a_page_goes_on_past_the_page_number()
    {
        var result = Report.Extract(
        [
            .. Table, .. Wrapped[..8],
            "Pada tahun 2023 realisasi Indeks Kepuasan Masyarakat (IKM) Kecamatan Teluk",
            string.Empty,
            "17",
            string.Empty,
            "Indah tercatat sebesar 80,50 dari target sebesar 85,00 sehingga capaian kinerjanya",
            "sebesar 94,71% dan berada pada kategori baik sesuai skala yang digunakan.",
        ]);

        var prose = result.Indicators.Where(v => v.Source.IsProse).ToList();
        Assert.All(prose, v => Assert.Equal("Indeks Kepuasan Masyarakat (IKM)", v.Indicator));
        Assert.Equal(Report.Line(17), Assert.Single(prose, v => v.Kind == IndicatorValueKind.Realization).Source.Line);
        Assert.Equal(Report.Line(18), Assert.Single(prose, v => v.Kind == IndicatorValueKind.ReportedCapaian).Source.Line);
    }
    [Fact]
    public void A_source_note_before_a_page_break_does_not_go_on_into_the_next_pages_paragraph()
    {
        string[] note = ["Sumber: SIPD Kabupaten Contoh Raya, Laporan Realisasi Anggaran per 31 Desember", string.Empty, "29", string.Empty];
        var text = string.Join('\n', [.. Wrapped, .. note, .. Wrapped]);
        var lines = TextReportReader.Read("contoh.txt", text).Pages[0].Lines;

        var joined = WrappedParagraphs.Join(lines, new HashSet<int>());

        Assert.Contains(joined, l => l.Text == note[0]);
    }
    [Theory]
    [InlineData("Sasaran 1 : Meningkatkan Kepuasan Masyarakat terhadap Pelayanan Publik di", "Kecamatan")]
    [InlineData("Sasaran 1 : Meningkatkan Kepuasan Masyarakat terhadap", "Pelayanan Publik di Kecamatan")]
    public void A_budget_list_under_a_wrapped_sub_heading_keeps_the_revised_agreements_caption_above(string first, string second)
    {
        var result = Report.Extract(AgreementAndBudgetList("PERUBAHAN PERJANJIAN KINERJA TAHUN 2023", first, second));

        Assert.Equal(3, result.Budget.Count);
        Assert.All(result.Budget, b => Assert.Equal(BudgetStage.Perubahan, b.Stage));
    }
    /// <summary>An agreement's indicators, then its budget list under a sub-heading wrapped over two lines, in wrapped text.</summary>
    private static string[] AgreementAndBudgetList(string caption, string subHeading, string subHeadingGoesOn) =>
    [
        caption,
        string.Empty,
        "No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget",
        "1\tMeningkatnya kualitas pelayanan\tIndeks Kepuasan Masyarakat\tIndeks\t87",
        string.Empty,
        subHeading,
        subHeadingGoesOn,
        string.Empty,
        "1\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\tRp.\t35.429.500",
        "2\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\tRp.\t1.205.866.000",
        "\tJUMLAH\tRp.\t1.241.295.500",
        string.Empty,
        .. Wrapped[..8],
    ];
}
