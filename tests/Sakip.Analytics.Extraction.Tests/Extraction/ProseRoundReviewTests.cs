using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Edge cases an independent review of the twenty-sixth round raised: each failed on its first rules and passes on the mended ones.</summary>
public class ProseRoundReviewTests
{
    /// <summary>The tertib arsip share (70 / 65 / 92,86) and the IKM (82 / 83,10 / 101,34) of <see cref="ProseGenreTests"/>.</summary>
    private static readonly string[] Table = ProseGenreTests.Table;

    private static readonly string[] TimeTable =
    [
        "Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2023",
        "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1.\tMeningkatnya Kecepatan Layanan\tWaktu tanggap penanganan keadaan darurat\tmenit\t15\t13,42\t110,53",
        "2.\tMeningkatnya Layanan\tIndeks Kepuasan Masyarakat\tNilai\t85,00\t86,61\t101,89",
        string.Empty,
    ];

    private static List<ExtractedIndicatorValue> Prose(ExtractionResult result) => [.. result.Indicators.Where(v => v.Source.IsProse)];

    // A change word before a comparison that gives no figure of its own leaves the compared year to the figure after its comma.
    [Theory]
    [InlineData("Indeks Kepuasan Masyarakat tahun 2023 sebesar 83,10. Nilai ini meningkat dibandingkan tahun 2022, yang hanya sebesar 80,50.", 80.50)]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip tahun 2023 sebesar 65%. Realisasi ini meningkat dibanding tahun 2022, ketika persentasenya 60%.", 60)]
    public void F1_the_compared_years_figure_after_its_comma_is_that_years(string sentences, double earlier)
    {
        var result = Report.Extract([.. Table, sentences]);

        Assert.Contains(Prose(result), v => v.Value == (decimal)earlier && v.Year == 2022);
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    // Only a sentence measuring against the end target makes a percentage its capaian ahead of the other rules.
    [Fact]
    public void F2a_the_years_capaian_beside_a_renstra_based_year_target_is_not_the_capaian_against_the_end_target()
    {
        var result = Report.Extract([.. Table, "Target Indeks Kepuasan Masyarakat tahun 2023 sesuai Renstra sebesar 82 dan realisasi 83,10, sehingga kinerja mencapai 101,34%."]);

        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 101.34m });
        Assert.DoesNotContain(Prose(result), v => v.Kind == IndicatorValueKind.ReportedCapaianRenstra);
    }

    [Fact]
    public void F2b_a_share_of_other_things_after_the_renstra_target_is_no_capaian_of_the_ikm()
    {
        var result = Report.Extract([.. Table, "Indeks Kepuasan Masyarakat tahun 2023 sebesar 83,10. Target akhir Renstra tahun 2026 sebesar 88, dan saat ini 92% unit layanan telah menerapkan standar pelayanan."]);

        Assert.DoesNotContain(Prose(result), v => v.Value == 92m);
    }

    // A time indicator's percentage is dropped only once it is known not to be its capaian.
    [Theory]
    [InlineData("Waktu tanggap penanganan keadaan darurat tahun 2023 tercapai 110,53%.")]
    [InlineData("Kinerja waktu tanggap penanganan keadaan darurat tahun 2023 mencapai 110,53%.")]
    public void F3_a_time_indicators_capaian_above_a_hundred_is_kept(string sentence)
    {
        var result = Report.ExtractOfDinas([.. TimeTable, sentence]);

        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 110.53m });
    }

    // "target akhir" in a sentence on the agreement is the revised target, not the Renstra's end target.
    [Fact]
    public void F4b_target_akhir_of_a_revised_agreement_is_the_revised_target()
    {
        var result = Report.Extract([.. Table, "Target awal Persentase Perangkat Daerah yang Tertib Arsip pada PK murni sebesar 60%, kemudian pada PK Perubahan menjadi target akhir sebesar 70%."]);

        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.TargetRevised, Value: 70m, Year: 2023 });
    }

    // Two indicators one table gives a goal, one name extending the other, are no sole indicator.
    [Fact]
    public void F5_a_goal_with_an_indicator_and_its_narrower_variant_has_no_sole_indicator()
    {
        var result = Report.Extract(
        [
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya Kualitas Penanganan Pengaduan Masyarakat\tPersentase pengaduan yang ditindaklanjuti\t%\t90\t92\t102,22",
            "\t\tPersentase pengaduan yang ditindaklanjuti tepat waktu\t%\t80\t70\t87,50",
            "2\tMeningkatnya Layanan Publik Kecamatan\tIndeks Kepuasan Masyarakat\tIndeks\t82\t83,10\t101,34",
            string.Empty,
            "Sasaran 1 : Meningkatnya Kualitas Penanganan Pengaduan Masyarakat",
            string.Empty,
            "Realisasi tahun 2023 sebesar 70%, belum mencapai target 80%, sehingga capaian kinerja sebesar 87,50%.",
        ]);

        Assert.DoesNotContain(Prose(result), v => v.Indicator == "Persentase pengaduan yang ditindaklanjuti");
    }

    // A name several indicators share is none of theirs.
    [Fact]
    public void F6a_a_short_name_several_measured_indicators_begin_with_is_none_of_them()
    {
        var result = Report.ExtractOfDinas(
        [
            "Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2023",
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1.\tMeningkatnya Kunjungan Wisata\tJumlah kunjungan wisatawan nusantara\torang\t120.000\t134.500\t112,08",
            "2.\tMeningkatnya Kunjungan Wisata\tJumlah kunjungan wisatawan mancanegara\torang\t2.000\t1.850\t92,50",
            string.Empty,
            "Tabel 3.9 Analisis Efisiensi Penggunaan Sumber Daya Tahun 2023",
            "No\tIndikator\tCapaian Kinerja (%)\tPenyerapan Anggaran (%)\tEfisiensi (%)",
            "1\tJumlah kunjungan wisatawan\t102,30\t97,83\t4,47",
            "2\tIndeks Kepuasan Masyarakat\t101,89\t98,10\t3,79",
            string.Empty,
            "Jumlah kunjungan wisatawan tahun 2023 tercatat 136.350 orang, dari target 122.000 orang.",
        ]);

        Assert.DoesNotContain(Prose(result), v => v.Indicator == "Jumlah kunjungan wisatawan nusantara");
    }

    [Fact]
    public void F6b_a_bracketed_name_two_different_indicators_share_after_the_same_words_is_neithers()
    {
        var result = Report.ExtractOfDinas(
        [
            "Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2023",
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1.\tMeningkatnya Kecepatan Layanan\tPersentase tingkat waktu tanggap (response time rate) di WMK\t%\t80\t82,50\t103,13",
            "2.\tMeningkatnya Kecepatan Layanan\tPersentase tingkat waktu tanggap (response time rate) di luar WMK\t%\t60\t55,00\t91,67",
            string.Empty,
            "Untuk kejadian di luar wilayah manajemen kebakaran, response time rate tahun 2023 hanya 55,00%.",
        ]);

        Assert.DoesNotContain(Prose(result), v => v.Indicator.EndsWith("di WMK", StringComparison.Ordinal));
    }

    // "darurat" and "percepatan" rule out only the figure right after them.
    [Theory]
    [InlineData("Pada tahun 2023 waktu tanggap penanganan keadaan darurat 13,42 menit.", 13.42)]
    [InlineData("Rata-rata waktu tanggap penanganan keadaan darurat 13,42 menit, lebih cepat dari target 15 menit.", 13.42)]
    [InlineData("Berkat percepatan pelayanan, Indeks Kepuasan Masyarakat mencapai 86,61.", 86.61)]
    public void F7_a_figure_after_darurat_or_percepatan_is_still_read(string sentence, double figure)
    {
        var result = Report.ExtractOfDinas([.. TimeTable, sentence]);

        Assert.Contains(Prose(result), v => v.Kind == IndicatorValueKind.Realization && v.Value == (decimal)figure);
    }

    // A caption in the unit's own words names no indicator.
    [Fact]
    public void F8_a_caption_in_the_units_own_words_names_no_indicator()
    {
        var result = Report.ExtractOfDinas(
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tPersentase penyelamatan dan evakuasi korban kebakaran\t%\t90\t100\t111,11",
            "2\tIndeks Kepuasan Masyarakat\tIndeks\t82\t83,45\t101,77",
            string.Empty,
            "Tabel 3.2",
            "Data Kebakaran dan Penyelamatan Tahun 2019-2023",
            "Tahun\tTarget\tRealisasi\tCapaian (%)",
            "2019\t70\t72,00\t102,86",
            "2020\t75\t74,50\t99,33");

        Assert.DoesNotContain(result.Indicators, v => v.Source.Table == "Tabel 3.2");
    }
}
