using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Figures a sentence sets against a target: the realization and the target, or the capaian against the Renstra's end target.</summary>
public class ProseTargetTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.2",
        "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1.\tMeningkatnya Tata Kelola\tIndeks Tata Kelola Digital\tIndeks\t3,20\t3,08\t96,25",
        "2.\tMeningkatnya Keterbukaan\tPersentase Desa yang Tertib Administrasi\t%\t100\t87,50\t87,50",
        string.Empty,
    ];

    private static List<ExtractedIndicatorValue> Prose(ExtractionResult result, int line) =>
        [.. result.Indicators.Where(v => v.Source.IsProse && v.Source.Line == Report.Line(line))];

    [Fact]
    public void A_percentage_set_against_the_target_figure_after_it_is_the_realization_even_after_an_earlier_target_word()
    {
        var result = Report.Extract([.. Table, "Indeks Tata Kelola Digital belum melampaui batas target, sedangkan persentase desa yang tertib administrasi baru mencapai 87,50% dari target 100%."]);

        var prose = Prose(result, 6);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 87.50m });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Target, Value: 100m });
        Assert.Equal(2, prose.Count);
    }

    [Fact]
    public void Percentages_in_brackets_after_indicators_far_from_the_end_target_are_their_capaian_against_it()
    {
        var result = Report.Extract([.. Table, "Indikator yang masih jauh dari target akhir adalah Indeks Tata Kelola Digital (64,00%) dan persentase desa yang tertib administrasi (71,17%)."]);

        var prose = Prose(result, 6);
        Assert.Equal(2, prose.Count);
        Assert.All(prose, v => Assert.Equal(IndicatorValueKind.ReportedCapaianRenstra, v.Kind));
        Assert.Equal(["Indeks Tata Kelola Digital", "Persentase Desa yang Tertib Administrasi"], prose.OrderBy(v => v.Value).Select(v => v.Indicator));
    }

    [Fact]
    public void A_sasarans_capaian_is_its_indicators_only_when_the_sasaran_has_no_other_indicator()
    {
        var result = Report.Extract(
        [
            "Tabel 3.2",
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1.\tMeningkatnya Layanan\tIndeks Kepuasan Masyarakat\tIndeks\t84,00\t85,14\t101,36",
            "\tMeningkatnya Layanan\tPersentase Layanan Selesai Tepat Waktu\t%\t95\t96,40\t101,47",
            "2.\tMeningkatnya Akuntabilitas\tNilai AKIP\tNilai\t72,00\t73,45\t102,01",
            string.Empty,
            "Sasaran 1 diukur dengan IKM dan persentase layanan selesai tepat waktu dengan capaian 101,47%, sehingga rata-rata capaian sasaran 1 adalah 101,42%.",
            "Sasaran 2 diukur dengan Nilai AKIP sebesar 73,45 sehingga capaian kinerja sasaran 2 adalah 102,01%.",
        ]);

        var first = Prose(result, 7);
        Assert.Equal(101.47m, Assert.Single(first).Value);
        Assert.Contains(Prose(result, 8), v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 102.01m, Indicator: "Nilai AKIP" });
    }

    [Theory]
    [InlineData("Target Persentase Desa yang Tertib Administrasi pada tahun 2024 sebesar 92% dan pada tahun 2025 sebesar 94%.", IndicatorValueKind.RenstraTarget)]
    [InlineData("Realisasi Persentase Desa yang Tertib Administrasi tahun 2021 sebesar 80% dengan target 85%, dan tahun 2022 sebesar 84%.", IndicatorValueKind.Realization)]
    public void A_later_years_figure_with_no_word_of_its_own_is_of_the_kind_of_the_year_before_it(string sentence, IndicatorValueKind kind)
    {
        var result = Report.Extract([.. Table, sentence]);

        var last = Prose(result, 6).OrderBy(v => v.Year).Last();
        Assert.Equal(kind, last.Kind);
    }

    [Fact]
    public void The_end_of_the_renstra_after_a_target_named_once_takes_a_renstra_target()
    {
        var result = Report.Extract([.. Table, "Pada tahun 2024 ditargetkan 92% desa tertib administrasi dan pada akhir periode Renstra tahun 2026 sebesar 96%."]);

        Assert.Equal(
            [(2024, IndicatorValueKind.RenstraTarget, 92m), (2026, IndicatorValueKind.RenstraTarget, 96m)],
            Prose(result, 6).Select(v => (v.Year, v.Kind, v.Value!.Value)));
    }

    [Theory]
    [InlineData("Persentase Desa yang Tertib Administrasi tahun 2023 sebesar 87,50% dari target 100%, atau 87,50%.")]
    [InlineData("Persentase Desa yang Tertib Administrasi tahun 2023 sebesar 87,50% dari target 100%, atau sebesar 87,50% dari target.")]
    [InlineData("Persentase Desa yang Tertib Administrasi tahun 2023 sebesar 87,50% dari target 100%, (87,50%).")]
    public void The_percentage_after_the_target_figure_is_the_capaian_and_the_target_stays_the_target(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.Equal(
            [(IndicatorValueKind.Realization, 87.50m), (IndicatorValueKind.Target, 100m), (IndicatorValueKind.ReportedCapaian, 87.50m)],
            Prose(result, 6).Select(v => (v.Kind, v.Value!.Value)));
    }

    [Theory]
    [InlineData("Target Persentase Desa yang Tertib Administrasi tahun 2024, 2025 dan 2026 masing-masing 92, 94 dan 96.")]
    [InlineData("Target Persentase Desa yang Tertib Administrasi tahun 2024, 2025 dan 2026 masing-masing sebesar 92%, 94% dan 96%.")]
    public void Targets_listed_for_listed_years_all_take_the_kind_of_the_first(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.Equal(
            [(2024, IndicatorValueKind.RenstraTarget, 92m), (2025, IndicatorValueKind.RenstraTarget, 94m), (2026, IndicatorValueKind.RenstraTarget, 96m)],
            Prose(result, 6).Select(v => (v.Year, v.Kind, v.Value!.Value)));
    }

    [Theory]
    [InlineData("Dibandingkan dengan target akhir Renstra sebesar 4,00, realisasi Indeks Tata Kelola Digital tahun 2023 telah mencapai 77,00%.")]
    [InlineData("Realisasi Indeks Tata Kelola Digital tahun 2023 sebesar 3,08 atau 77,00% dari target akhir Renstra (4,00).")]
    public void A_percentage_of_an_index_set_against_the_renstras_end_target_is_the_capaian_against_it(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        var prose = Prose(result, 6);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.ReportedCapaianRenstra, Value: 77.00m, Year: 2023 });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.RenstraTarget, Value: 4.00m });
        Assert.DoesNotContain(prose, v => v.Kind is IndicatorValueKind.ReportedCapaian || v.Value == 77.00m && v.Kind == IndicatorValueKind.Realization);
    }

    [Theory]
    [InlineData("95,00", IndicatorValueKind.ReportedCapaianRenstra)]
    [InlineData("80,00", IndicatorValueKind.Realization)]
    public void A_percentage_reached_after_the_end_target_is_the_share_of_it_when_it_is_the_tables_realization_over_that_target(string printed, IndicatorValueKind expected)
    {
        var result = Report.Extract([.. Table, $"Bila dibandingkan dengan target akhir Renstra tahun 2026 sebesar 92,11%, realisasi persentase desa yang tertib administrasi tahun 2023 telah mencapai {printed}%."]);

        Assert.Contains(Prose(result, 6), v => v.Year == 2023 && v.Kind == expected && v.Value == decimal.Parse(printed.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_target_the_sentence_places_in_the_renstra_is_the_renstras_and_the_agreements_after_it_the_target()
    {
        var result = Report.Extract([.. Table, "Pada Renstra, target Persentase Desa yang Tertib Administrasi tahun 2023 adalah 95%, namun dalam Perjanjian Kinerja ditetapkan 100%."]);

        Assert.Equal(
            [(IndicatorValueKind.RenstraTarget, 95m), (IndicatorValueKind.Target, 100m)],
            Prose(result, 6).Select(v => (v.Kind, v.Value!.Value)));
    }

    [Theory]
    [InlineData("target maksimal 100%")]
    [InlineData("target minimal 100%")]
    [InlineData("target paling sedikit 100%")]
    public void A_target_stated_as_a_bound_is_the_target(string target)
    {
        var result = Report.Extract([.. Table, $"Persentase Desa yang Tertib Administrasi tahun 2023 mencapai 87,50% dari {target}."]);

        Assert.Equal(
            [(IndicatorValueKind.Realization, 87.50m), (IndicatorValueKind.Target, 100m)],
            Prose(result, 6).Select(v => (v.Kind, v.Value!.Value)));
    }

    [Theory]
    [InlineData("Persentase Desa yang Tertib Administrasi: Target 2023 (100), Realisasi (88), Capaian (88%).")]
    [InlineData("Persentase Desa yang Tertib Administrasi: Target tahun 2023 (100), Realisasi tahun 2023 (88), Capaian (88%).")]
    public void A_whole_figure_in_brackets_after_its_kind_and_year_is_a_figure_not_an_item_number(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.Equal(
            [(IndicatorValueKind.Target, 100m), (IndicatorValueKind.Realization, 88m), (IndicatorValueKind.ReportedCapaian, 88m)],
            Prose(result, 6).Select(v => (v.Kind, v.Value!.Value)));
    }

    [Theory]
    [InlineData("Target Persentase Desa yang Tertib Administrasi pada Perjanjian Kinerja Perubahan tahun 2023 sebesar 100%, sebelumnya pada Perjanjian Kinerja awal sebesar 90%.")]
    [InlineData("Target awal Persentase Desa yang Tertib Administrasi sebesar 90% kemudian direvisi menjadi 100% pada PK Perubahan.")]
    [InlineData("Target Indeks Tata Kelola Digital dalam Perjanjian Kinerja awal sebesar 90 kemudian direvisi menjadi 100 pada PK Perubahan.")]
    public void A_target_of_the_revised_agreement_is_the_revised_target_and_the_first_agreements_the_target(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.Equal(
            [(IndicatorValueKind.Target, 90m), (IndicatorValueKind.TargetRevised, 100m)],
            Prose(result, 6).Select(v => (v.Kind, v.Value!.Value)).OrderBy(v => v.Item2));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }
}
