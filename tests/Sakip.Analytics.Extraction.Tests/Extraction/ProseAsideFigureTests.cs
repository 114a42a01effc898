using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Figures a paragraph about an indicator gives of something else: a scale's interval, a share of other things, the year before's value.</summary>
public class ProseAsideFigureTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.1",
        "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tMeningkatnya kualitas pelayanan publik kecamatan\tIndeks Kepuasan Masyarakat\tIndeks\t80\t85\t106,25",
        string.Empty,
        "Realisasi Indeks Kepuasan Masyarakat tahun 2023 sebesar 85.",
    ];

    [Theory]
    [InlineData("Nilai tersebut berada pada mutu pelayanan B dengan nilai interval konversi 76,61 – 88,30.")]
    [InlineData("Nilai tersebut berada pada mutu pelayanan B dengan nilai interval konversi 76,61 — 88,30.")]
    [InlineData("Nilai tersebut berada pada rentang nilai 76,61 sampai dengan 88,30 dengan mutu pelayanan B.")]
    [InlineData("Nilai tersebut berada pada rentang 76,61 s.d. 88,30 dengan mutu pelayanan B.")]
    [InlineData("Nilai tersebut berada di antara 76,61 dan 88,30 dengan mutu pelayanan B.")]
    [InlineData("Indeks Kepuasan Masyarakat tersebut dinilai dari skala 100.")]
    public void The_ends_of_a_range_and_the_top_of_a_scale_are_no_values(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.Empty(Report.ProseOn(result, Table.Length + 1));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Theory]
    [InlineData("Sebanyak 97% permohonan diselesaikan kurang dari 3 hari.")]
    [InlineData("Capaian ini melebihi target sebesar 6,25%.")]
    public void A_percentage_in_a_sentence_not_naming_an_indicator_measured_otherwise_is_about_something_else(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.Empty(Report.ProseOn(result, Table.Length + 1));
    }

    private static readonly string[] PercentTable =
    [
        "Tabel 3.1",
        "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tMeningkatnya penanganan kebakaran\tPersentase kejadian kebakaran yang tertangani\t%\t82\t88\t107,32",
        "2\tMeningkatnya penanganan kebakaran\tWaktu tanggap penanganan kebakaran\tMenit\t15\t12\t120,00",
        string.Empty,
        "Persentase kejadian kebakaran yang tertangani tahun 2023 terealisasi sebesar 88% dari target 82%.",
        string.Empty,
    ];

    [Theory]
    [InlineData("Apabila dihitung untuk seluruh kejadian termasuk di luar WMK, kejadian yang dapat direspon dalam 15 menit sebesar 86,96%.")]
    [InlineData("Jika diukur dari semua kejadian, persentase kejadian kebakaran yang tertangani sebesar 80,50%.")]
    [InlineData("Untuk seluruh kejadian dapat direspon 86,96%.")]
    [InlineData("Nilai nasional untuk indikator ini adalah 75 persen.")]
    public void A_figure_of_another_scope_or_of_the_nation_is_not_the_indicators(string sentence)
    {
        var result = Report.Extract([.. PercentTable, sentence]);

        Assert.Empty(Report.ProseOn(result, PercentTable.Length + 1));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Theory]
    [InlineData("Dari 2 indikator kinerja, seluruhnya (100%) tercapai dengan kategori sangat tinggi.")]
    [InlineData("Dari dua indikator kinerja sasaran, 2 indikator atau 100% tercapai.")]
    [InlineData("Sebanyak 1 indikator (50%) mencapai kategori sangat tinggi dan 1 indikator (50%) kategori tinggi.")]
    [InlineData("Secara umum seluruh indikator telah tercapai 100%.")]
    [InlineData("Anggaran yang digunakan sebesar 95,12% dari pagu yang tersedia.")]
    [InlineData("Penyerapan anggaran untuk mendukung capaian tersebut sebesar 95,12%.")]
    public void A_sentence_about_the_indicators_as_a_whole_or_about_the_money_gives_no_value_of_the_indicator_named_before(string sentence)
    {
        var result = Report.Extract([.. PercentTable, sentence]);

        Assert.Empty(Report.ProseOn(result, PercentTable.Length + 1));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Theory]
    [InlineData("Dari 86 kejadian kebakaran, 62 kejadian (72,09%) terjadi di kawasan permukiman dan 24 kejadian (27,91%) di lahan kosong.", null)]
    [InlineData("Penyebab kebakaran terbanyak adalah korsleting listrik sebanyak 45 kejadian (52,33%).", null)]
    [InlineData("Dari 50 kejadian kebakaran, 44 kejadian (88%) dapat ditangani.", 88)]
    public void A_counts_share_other_than_the_tables_realization_breaks_the_cases_down(string sentence, int? realization)
    {
        var result = Report.Extract([.. PercentTable, sentence]);

        Assert.Equal(realization is null ? [] : [(decimal)realization.Value], Report.ProseOn(result, PercentTable.Length + 1).Select(v => v.Value!.Value));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Theory]
    [InlineData("Sebanyak 62 kejadian atau 72,09% terjadi di kawasan permukiman.")]
    [InlineData("Tingkat keterisian formasi pegawai pemadam sebesar 78%.")]
    [InlineData("Jumlah personil pemadam 150 orang, 60% di antaranya telah mengikuti diklat dasar.")]
    [InlineData("Kebakaran lahan mendominasi pada musim kemarau dengan persentase 35%.")]
    [InlineData("Pemeliharaan rutin membuat 95% kendaraan siap operasional setiap hari.")]
    public void A_percentage_the_sentence_does_not_say_is_the_indicators_and_the_tables_do_not_give_is_no_value(string sentence)
    {
        var result = Report.Extract([.. PercentTable, sentence]);

        Assert.Empty(Report.ProseOn(result, PercentTable.Length + 1));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Theory]
    [InlineData("Realisasi indikator ini pada tahun 2023 sebesar 80%.")]
    [InlineData("Angka tersebut pada tahun 2023 sebesar 80%.")]
    public void A_figure_the_sentence_says_is_the_indicators_is_read_and_checked_against_the_table(string sentence)
    {
        var result = Report.Extract([.. PercentTable, sentence]);

        Assert.Equal(80m, Assert.Single(Report.ProseOn(result, PercentTable.Length + 1)).Value);
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Theory]
    [InlineData("Realisasi tersebut meningkat dibandingkan tahun 2022 sebesar 84%.", 84)]
    [InlineData("Realisasi tahun 2023 sebesar 88% dengan penyerapan anggaran sebesar 95,12%.", 88)]
    public void The_next_paragraph_still_speaks_of_the_indicator_named_before(string sentence, decimal value)
    {
        var result = Report.Extract([.. PercentTable, sentence]);

        var own = Assert.Single(Report.ProseOn(result, PercentTable.Length + 1));
        Assert.Equal(("Persentase kejadian kebakaran yang tertangani", value), (own.Indicator, own.Value!.Value));
    }

    [Fact]
    public void A_figure_after_tahun_sebelumnya_is_the_year_befores()
    {
        var result = Report.Extract([.. Table, "Realisasi Indeks Kepuasan Masyarakat tahun 2023 sebesar 85 atau meningkat sebesar 3 dari tahun sebelumnya sebesar 82."]);

        Assert.Equal([(2023, 85m), (2022, 82m)], Report.ProseOn(result, Table.Length + 1).Select(v => (v.Year, v.Value!.Value)));
    }

    [Fact]
    public void A_standard_the_figure_is_held_to_is_not_its_value()
    {
        var result = Report.Extract([.. Table, "Dibandingkan dengan standar nasional sebesar 80, Indeks Kepuasan Masyarakat sudah di atas standar."]);

        Assert.Empty(Report.ProseOn(result, Table.Length + 1));
    }

    [Fact]
    public void Pencapaian_names_a_capaian()
    {
        var result = Report.Extract([.. Table, "Pencapaian kinerja Indeks Kepuasan Masyarakat tahun 2023 sebesar 106,25% lebih tinggi dari tahun 2022 sebesar 102,5%."]);

        Assert.Equal(
            [(2023, IndicatorValueKind.ReportedCapaian, 106.25m), (2022, IndicatorValueKind.ReportedCapaian, 102.5m)],
            Report.ProseOn(result, Table.Length + 1).Select(v => (v.Year, v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void The_earlier_figure_of_a_change_is_read_unless_it_counts_what_the_new_one_counts()
    {
        var result = Report.Extract([.. Table,
            "Indeks Kepuasan Masyarakat meningkat dari 82 pada tahun 2022 menjadi 85 pada tahun 2023, sedangkan kelurahan yang tertib administrasi bertambah dari 13 menjadi 14 kelurahan."]);

        Assert.Equal([(2022, 82m), (2023, 85m)], Report.ProseOn(result, Table.Length + 1).Select(v => (v.Year, v.Value!.Value)));
    }

    [Fact]
    public void In_a_dinas_report_a_kecamatans_figure_is_the_dinas_figure_broken_down_by_place()
    {
        var result = Report.ExtractOfDinas(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian",
            "1\tMenurunnya kejadian kebakaran\tJumlah kejadian kebakaran\tKejadian\t50\t46\t108",
            string.Empty,
            "Jumlah kejadian kebakaran tahun 2023 sebanyak 46 kejadian, terbanyak di Kecamatan Landasan Ulin sebanyak 15 kejadian dan Kecamatan Cempaka sebanyak 12 kejadian.");

        var prose = Assert.Single(result.Indicators, v => v.Source.IsProse);
        Assert.Equal((46m, result.Document.Unit), (prose.Value!.Value, prose.Unit));
    }

    private static readonly string[] ShareTable =
    [
        "Tabel 3.1",
        "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tMenurunnya risiko kebakaran\tPersentase kelurahan yang memiliki relawan kebakaran\t%\t60\t65\t108,33",
        string.Empty,
        "Persentase kelurahan yang memiliki relawan kebakaran tahun 2023 terealisasi sebesar 65%.",
    ];

    [Fact]
    public void A_whole_number_above_100_without_its_percent_sign_is_no_value_of_a_share()
    {
        var result = Report.Extract([.. ShareTable, "Selama tahun 2023 terjadi 143 kejadian kebakaran, 128 di antaranya ditangani oleh relawan."]);

        Assert.Empty(Report.ProseOn(result, ShareTable.Length + 1));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Fact]
    public void A_percentage_of_a_count_of_other_things_is_about_those_things()
    {
        var result = Report.Extract([.. ShareTable, "Sosialisasi dilaksanakan dengan peserta 1.250 orang, atau 125% dari rencana 1.000 orang."]);

        Assert.Empty(Report.ProseOn(result, ShareTable.Length + 1));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Fact]
    public void A_share_of_people_the_indicator_does_not_count_is_not_its_value()
    {
        var result = Report.Extract([.. Table, "Sebanyak 85% responden survei Indeks Kepuasan Masyarakat berpendidikan SMA ke atas."]);

        Assert.Empty(Report.ProseOn(result, Table.Length + 1));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Theory]
    [InlineData("Pada triwulan II, Indeks Kepuasan Masyarakat mencapai 81,50.")]
    [InlineData("Sampai dengan semester I, Indeks Kepuasan Masyarakat sebesar 81,50.")]
    public void A_sentence_opening_on_a_part_of_the_year_gives_no_value_of_the_year(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.Empty(Report.ProseOn(result, Table.Length + 1));
    }

    [Theory]
    [InlineData("dengan tingkat kelulusan 95%")]
    [InlineData("dengan persentase kehadiran sebesar 95%")]
    [InlineData("dan rasio kelulusan mencapai 95%")]
    public void A_share_the_sentence_names_as_a_measure_of_other_things_is_not_the_indicators(string measure)
    {
        var result = Report.Extract([.. ShareTable[..^1],
            "Persentase kelurahan yang memiliki relawan kebakaran tahun 2023 sebesar 65%.",
            $"Sebanyak 240 orang relawan mengikuti pelatihan selama 3 hari, {measure}."]);

        Assert.Empty(Report.ProseOn(result, ShareTable.Length + 1));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Theory]
    [InlineData("Persentase kelurahan yang memiliki relawan kebakaran tahun 2023 dengan prosentase capaiannya sebesar 108,33%.")]
    [InlineData("Persentase kelurahan yang memiliki relawan kebakaran tahun 2023 melampaui target dengan capaian sebesar 108,33%.")]
    [InlineData("Persentase kelurahan yang memiliki relawan kebakaran tahun 2023 melampaui target dengan prosentase capaiannya sebesar 108,33%.")]
    public void A_capaian_worded_as_a_share_of_its_capaian_stays_the_indicators(string sentence)
    {
        var result = Report.Extract([.. ShareTable[..^1], sentence]);

        Assert.Equal([(IndicatorValueKind.ReportedCapaian, 108.33m)], Report.ProseOn(result, ShareTable.Length).Select(v => (v.Kind, v.Value!.Value)));
    }

    [Theory]
    [InlineData("Realisasi tahun 2023 sebesar 65% dari 20 kelurahan.", IndicatorValueKind.Realization, 2023)]
    [InlineData("Target tahun 2026 adalah 80% kelurahan.", IndicatorValueKind.RenstraTarget, 2026)]
    [InlineData("Pada tahun 2022 realisasi sebesar 55% dari 20 wilayah.", IndicatorValueKind.Realization, 2022)]
    [InlineData("Pada tahun 2022 realisasinya sebesar 55% dari 20 wilayah.", IndicatorValueKind.Realization, 2022)]
    public void A_percentage_before_the_things_it_counts_is_a_value(string sentence, IndicatorValueKind kind, int year)
    {
        var result = Report.Extract([.. ShareTable[..^1], sentence]);

        var value = Assert.Single(Report.ProseOn(result, ShareTable.Length));
        Assert.Equal((kind, year), (value.Kind, value.Year));
    }

    [Fact]
    public void A_share_in_brackets_after_a_count_of_things_is_a_realization_even_after_the_word_capaian()
    {
        var result = Report.Extract([.. ShareTable[..^1],
            "Persentase kelurahan yang memiliki relawan kebakaran tahun 2023 sebesar 65%. Capaian ini meningkat dibandingkan tahun 2022 dimana hanya 11 kelurahan (55%)."]);

        var earlier = Assert.Single(Report.ProseOn(result, ShareTable.Length), v => v.Year == 2022);
        Assert.Equal((IndicatorValueKind.Realization, 55m), (earlier.Kind, earlier.Value!.Value));
    }

    [Fact]
    public void A_share_of_a_count_of_things_the_indicator_does_not_count_is_not_its_value()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian",
            "1\tMeningkatnya kualitas pelayanan publik\tPersentase pengaduan masyarakat yang ditindaklanjuti\t%\t90\t93,75\t104,17",
            string.Empty,
            "Persentase pengaduan masyarakat yang ditindaklanjuti tahun 2023 sebesar 93,75%. Dari 8 (delapan) kelurahan, sebanyak 7 kelurahan (87,5%) telah menyelesaikan seluruh pengaduan.",
            "Pengaduan yang ditindaklanjuti sebanyak 45 pengaduan (93,75%).");

        Assert.Equal([93.75m], Report.ProseOn(result, 5).Select(v => v.Value!.Value));
        Assert.Equal([93.75m], Report.ProseOn(result, 6).Select(v => v.Value!.Value));
    }

    [Fact]
    public void A_share_of_what_the_indicators_words_deny_is_the_rest_not_its_value()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian",
            "1\tMeningkatnya perlindungan masyarakat\tPersentase kejadian kebakaran yang tertangani sesuai waktu tanggap\t%\t80\t84,21\t105,26",
            string.Empty,
            "Kejadian kebakaran yang tertangani sesuai waktu tanggap sebesar 84,21%, sedangkan yang tidak tertangani sesuai waktu tanggap sebanyak 9 kejadian (15,79%).");

        Assert.Equal([84.21m], Report.ProseOn(result, 5).Select(v => v.Value!.Value));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Fact]
    public void A_share_after_a_count_of_events_the_indicator_measures_is_its_value()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian",
            "1\tMeningkatnya perlindungan masyarakat\tPersentase penyelamatan korban non kebakaran\t%\t100\t100\t100",
            string.Empty,
            "Penyelamatan korban non kebakaran sebanyak 57 kejadian seluruhnya tertangani (100%).");

        Assert.Equal([(IndicatorValueKind.Realization, 100m)], Report.ProseOn(result, 5).Select(v => (v.Kind, v.Value!.Value)));
    }
}
