using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Sentences about indicators written other ways than the seeds write them.</summary>
public class ProseVariantTests
{
    private static readonly string[] Table =
    [
        "Renstra Kecamatan Teluk Indah Tahun 2021-2026 menetapkan sasaran berikut.",
        string.Empty,
        "Tabel 3.2",
        "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1.\tMeningkatnya Tata Kelola\tIndeks Tata Kelola Digital\tIndeks\t3,20\t3,08\t96,25",
        "2.\tMeningkatnya Layanan\tRata-rata Lama Penyelesaian Surat Keterangan Warga\tHari\t3\t2,4\t120,00",
        "3.\tMeningkatnya Keterbukaan\tNilai Keterbukaan Informasi\tNilai\t80,00\t81,60\t102,00",
        string.Empty,
    ];

    private static List<ExtractedIndicatorValue> Prose(ExtractionResult result, int line) =>
        [.. result.Indicators.Where(v => v.Source.IsProse && v.Source.Line == Report.Line(line))];

    [Fact]
    public void A_figure_in_the_indicators_own_unit_is_its_value_and_a_change_in_it_is_not()
    {
        var result = Report.Extract([.. Table, "Rata-rata lama penyelesaian surat keterangan pada tahun 2023 sebesar 2,4 hari terhadap target 3 hari, sehingga capaiannya 120,00%. Dibandingkan tahun 2022 dengan realisasi 2,9 hari, penyelesaian menjadi lebih cepat 0,5 hari."]);

        var prose = Prose(result, 9);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 2.4m, Year: 2023 });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Target, Value: 3m, Year: 2023 });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 120.00m });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 2.9m, Year: 2022 });
        Assert.DoesNotContain(prose, v => v.Value == 0.5m);
        Assert.All(prose, v => Assert.Equal("Rata-rata Lama Penyelesaian Surat Keterangan Warga", v.Indicator));
    }

    [Fact]
    public void A_time_printed_with_no_satuan_takes_its_days_as_its_value()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "No.\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
            "1.\tMeningkatnya Responsivitas Pengaduan\tRata-rata Waktu Tindak Lanjut Pengaduan Masyarakat\t4\t4,6\t85,00",
            string.Empty,
            "Rata-rata waktu tindak lanjut pengaduan masyarakat pada tahun 2023 adalah 4,6 hari dari target 4 hari.");

        var prose = Prose(result, 5);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 4.6m });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Target, Value: 4m });
    }

    [Fact]
    public void A_share_met_within_a_time_printed_with_no_satuan_takes_no_minutes_as_its_value()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "No.\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
            "1.\tMeningkatnya Penanggulangan Kebakaran\tPersentase Kebakaran Tertangani dalam Waktu Tanggap\t90\t92\t102,22",
            string.Empty,
            "Persentase kebakaran tertangani dalam waktu tanggap pada tahun 2023 sebesar 92% dari target 90%, dengan waktu tanggap rata-rata 14 menit.");

        Assert.DoesNotContain(Prose(result, 5), v => v.Value == 14m);
    }

    [Fact]
    public void A_share_of_the_target_with_no_target_figure_after_it_is_the_capaian()
    {
        var result = Report.Extract([.. Table, "Dari 3 (tiga) indikator, 1 (satu) indikator, yaitu Indeks Tata Kelola Digital, mencapai 96,25% dari target.", "Nilai Keterbukaan Informasi terealisasi 81,60% dari target 80%."]);

        Assert.Equal(IndicatorValueKind.ReportedCapaian, Assert.Single(Prose(result, 9)).Kind);
        var second = Prose(result, 10);
        Assert.Contains(second, v => v is { Kind: IndicatorValueKind.Realization, Value: 81.60m });
        Assert.Contains(second, v => v is { Kind: IndicatorValueKind.Target, Value: 80m });
    }

    [Fact]
    public void A_compared_years_figure_keeps_its_year_and_the_figures_after_the_comparison_return_to_the_sentences_year()
    {
        var result = Report.Extract(
        [
            .. Table,
            "Indeks Tata Kelola Digital Tahun 2023 sebesar 3,08, meningkat 0,10 poin dibandingkan tahun 2022 sebesar 2,98, namun masih di bawah target 3,20 sehingga capaiannya 96,25%.",
            "Nilai Keterbukaan Informasi Tahun 2023 sebesar 81,60, naik dari 78,40 pada tahun 2022. Dengan target 80,00 maka capaian indikator ini sebesar 102,00%.",
        ]);

        var first = Prose(result, 9);
        Assert.Contains(first, v => v is { Kind: IndicatorValueKind.Realization, Value: 2.98m, Year: 2022 });
        Assert.Contains(first, v => v is { Kind: IndicatorValueKind.Target, Value: 3.20m, Year: 2023 });
        Assert.Contains(first, v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 96.25m, Year: 2023 });
        Assert.DoesNotContain(first, v => v.Value == 0.10m);
        var second = Prose(result, 10);
        Assert.Contains(second, v => v is { Kind: IndicatorValueKind.Realization, Value: 78.40m, Year: 2022 });
        Assert.Contains(second, v => v is { Kind: IndicatorValueKind.Target, Value: 80.00m, Year: 2023 });
        Assert.Contains(second, v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 102.00m, Year: 2023 });
    }

    [Fact]
    public void A_sentence_opening_with_the_comparison_is_about_the_compared_year()
    {
        var result = Report.Extract([.. Table, "Apabila dibandingkan dengan tahun 2021, terjadi kenaikan sebesar 4,20 poin dengan realisasi Nilai Keterbukaan Informasi sebesar 77,40."]);

        var value = Assert.Single(Prose(result, 9));
        Assert.Equal((2021, 77.40m), (value.Year, value.Value));
    }

    [Fact]
    public void Renstra_targets_in_a_sentence_are_renstra_targets_and_the_end_target_takes_the_renstras_last_year()
    {
        var result = Report.Extract([.. Table, "Realisasi Nilai Keterbukaan Informasi sebesar 81,60 telah melampaui target Renstra tahun 2023 sebesar 80,00 dan mencapai 90,67% dari target akhir Renstra sebesar 90,00."]);

        var prose = Prose(result, 9);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.RenstraTarget, Value: 80.00m, Year: 2023 });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.RenstraTarget, Value: 90.00m, Year: 2026 });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.ReportedCapaianRenstra, Value: 90.67m });
        Assert.DoesNotContain(prose, v => v.Kind == IndicatorValueKind.Target);
    }

    [Fact]
    public void The_mean_capaian_of_all_indicators_and_counts_out_of_a_total_are_not_an_indicators_figures()
    {
        var result = Report.Extract(
        [
            .. Table,
            "Nilai Keterbukaan Informasi dinilai oleh komisi informasi. Secara umum rata-rata capaian kinerja sebesar 106,08% dengan kategori Sangat Tinggi.",
            "Indeks Tata Kelola Digital tahun 2023 ditopang oleh 40 dari 43 layanan yang telah terhubung.",
        ]);

        Assert.Empty(Prose(result, 9));
        Assert.Empty(Prose(result, 10));
    }

    [Fact]
    public void A_pemda_wide_index_of_another_pemda_is_not_the_units_own_figure()
    {
        var result = Report.Extract([.. Table, "Pada Tahun 2023 Indeks Tata Kelola Digital Kabupaten Tanjung Jauh sebesar 3,31 atau lebih tinggi 0,23 poin dibandingkan Kabupaten Contoh Raya sebesar 3,08."]);

        var prose = Prose(result, 9);
        Assert.Contains(prose, v => v is { Value: 3.31m, Unit: "Kabupaten Tanjung Jauh" });
        Assert.Contains(prose, v => v.Value == 3.08m && v.Unit == result.Document.Unit);
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Fact]
    public void Reaching_or_even_passing_the_target_claimed_of_every_indicator_is_checked_against_the_table()
    {
        var result = Report.Extract([.. Table, "Secara umum seluruh indikator kinerja utama Kecamatan Teluk Indah Kabupaten Contoh Raya Tahun 2023 telah mencapai bahkan melampaui target yang ditetapkan."]);

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.TableVsText);
        Assert.Contains(Report.Line(9), finding.Lines);
        Assert.Contains(Report.Line(5), finding.Lines);
    }

    [Fact]
    public void A_change_names_its_new_and_its_earlier_value_and_a_renstra_capaian_is_one()
    {
        var result = Report.Extract(
        [
            .. Table,
            "Untuk Nilai Keterbukaan Informasi, capaian tahun 2023 turun menjadi 102,00% dari 104,50% pada tahun 2022.",
            "Indeks Tata Kelola Digital mencapai 3,08 pada tahun 2023, naik dari 2,40 pada kondisi awal. Capaian terhadap target akhir Renstra sebesar 85,56%.",
        ]);

        var first = Prose(result, 9);
        Assert.Contains(first, v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 102.00m, Year: 2023 });
        Assert.Contains(first, v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 104.50m, Year: 2022 });
        var second = Prose(result, 10);
        Assert.Contains(second, v => v is { Kind: IndicatorValueKind.Realization, Value: 2.40m, Year: 2020 });
        Assert.Contains(second, v => v is { Kind: IndicatorValueKind.ReportedCapaianRenstra, Value: 85.56m });
        Assert.DoesNotContain(second, v => v.Kind == IndicatorValueKind.RenstraTarget);
    }

    [Fact]
    public void The_pemda_after_a_units_name_is_its_address_not_a_second_unit()
    {
        var result = Report.Extract([.. Table, "Pada tahun 2023 Nilai Keterbukaan Informasi Kecamatan Bukit Jaya Kabupaten Contoh Raya sebesar 79,10."]);

        var value = Assert.Single(Prose(result, 9));
        Assert.Equal("Kecamatan Bukit Jaya", value.Unit);
    }

    [Fact]
    public void Counts_of_things_and_the_parts_of_a_total_are_not_values_but_the_total_in_the_indicators_unit_is()
    {
        var result = Report.Extract(
        [
            "Tabel 3.2",
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1.\tMeningkatnya Ketertiban\tJumlah Kejadian Gangguan Ketertiban\tKasus\t24\t19\t120,83",
            "2.\tMeningkatnya Layanan\tPersentase Permohonan Selesai Tepat Waktu\t%\t95\t96,40\t101,47",
            string.Empty,
            "Jumlah kejadian gangguan ketertiban tahun 2023 tercatat 19 kasus, terdiri atas 7 kasus perkelahian, 5 kasus pencurian dan 7 kasus sengketa lahan.",
            "Persentase Permohonan Selesai Tepat Waktu tahun 2023: dari 4.500 permohonan, 4.338 permohonan atau 96,40% diselesaikan tepat waktu.",
        ]);

        var first = Prose(result, 6);
        Assert.Equal(19m, Assert.Single(first).Value);
        var second = Prose(result, 7);
        Assert.Equal(96.40m, Assert.Single(second).Value);
    }

    [Fact]
    public void Realisasi_named_right_before_a_figure_makes_it_a_realization_even_after_a_target_verb()
    {
        var result = Report.Extract([.. Table, "Pada tahun 2023 Kecamatan Bukit Jaya belum mencapai target Nilai Keterbukaan Informasi dengan realisasi 78,20%."]);

        var value = Assert.Single(Prose(result, 9));
        Assert.Equal(IndicatorValueKind.Realization, value.Kind);
    }

    [Fact]
    public void A_year_named_only_in_a_comparison_is_not_handed_on_to_the_next_sentence()
    {
        var result = Report.Extract([.. Table, "Nilai Keterbukaan Informasi tahun ini meningkat 1,24 poin dibandingkan tahun 2022. Nilai Keterbukaan Informasi naik dari 80,36 menjadi 81,60."]);

        Assert.Contains(Prose(result, 9), v => v is { Value: 81.60m, Year: 2023 });
    }
}
