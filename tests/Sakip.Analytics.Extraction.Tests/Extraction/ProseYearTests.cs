using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>The year a figure in a sentence belongs to when the sentence names it after the figure, or not at all.</summary>
public class ProseYearTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.2",
        "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1.\tMeningkatnya Keterbukaan\tNilai Keterbukaan Informasi\tNilai\t80,00\t81,60\t102,00",
        string.Empty,
    ];

    private static List<ExtractedIndicatorValue> Prose(ExtractionResult result, int line) =>
        [.. result.Indicators.Where(v => v.Source.IsProse && v.Source.Line == Report.Line(line))];

    [Fact]
    public void A_figure_followed_by_pada_tahun_takes_that_year()
    {
        var result = Report.Extract([.. Table, "Pada tahun 2020 Nilai Keterbukaan Informasi sebesar 76,50, kemudian meningkat menjadi 78,40 pada tahun 2021 dan 80,10 pada tahun 2022."]);

        var prose = Prose(result, 5);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 76.50m, Year: 2020 });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 78.40m, Year: 2021 });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 80.10m, Year: 2022 });
    }

    [Fact]
    public void Figures_listed_with_their_years_in_brackets_after_a_rise_are_each_years_level()
    {
        var result = Report.Extract([.. Table, "Dalam tiga tahun terakhir nilai keterbukaan informasi terus meningkat yaitu 76,50 (2021), 78,40 (2022) dan 81,60 (2023)."]);

        Assert.Equal(
            [(2021, 76.50m), (2022, 78.40m), (2023, 81.60m)],
            Prose(result, 5).Where(v => v.Kind == IndicatorValueKind.Realization).Select(v => (v.Year, v.Value!.Value)).Order());
    }

    [Fact]
    public void Times_listed_with_their_years_in_brackets_after_the_unit_are_each_years_level()
    {
        var result = Report.Extract([.. MinutesTable, "Rata-rata waktu tanggap terus membaik dari 17 menit (2021), 16 menit (2022) menjadi 14,25 menit (2023)."]);

        Assert.Equal(
            [(2021, 17m), (2022, 16m), (2023, 14.25m)],
            Prose(result, 5).Where(v => v.Kind == IndicatorValueKind.Realization).Select(v => (v.Year, v.Value!.Value)).Order());
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Theory]
    [InlineData("Rata-rata waktu tanggap tahun 2021, 2022 dan 2023 masing-masing 17 menit, 16 menit dan 14,25 menit.")]
    [InlineData("Rata-rata waktu tanggap tahun 2021 (17 menit), tahun 2022 (16 menit) dan tahun 2023 (14,25 menit).")]
    [InlineData("Rata-rata waktu tanggap selama tiga tahun terakhir adalah 17, 16 dan 14,25 menit.")]
    [InlineData("Rata-rata waktu tanggap dalam tiga tahun terakhir yaitu 17 menit, 16 menit dan 14,25 menit.")]
    public void Whole_times_listed_for_their_years_are_each_years_level(string sentence)
    {
        var result = Report.Extract([.. MinutesTable, sentence]);

        Assert.Equal(
            [(2021, 17m), (2022, 16m), (2023, 14.25m)],
            Prose(result, 5).Where(v => v.Kind == IndicatorValueKind.Realization).Select(v => (v.Year, v.Value!.Value)).Order());
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    private static readonly string[] MinutesTable =
    [
        "Tabel 3.1",
        "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tMeningkatnya kecepatan penanganan kebakaran\tRata-rata waktu tanggap\tMenit\t15\t14,25\t105,00",
        string.Empty,
    ];

    [Fact]
    public void Progress_towards_the_end_target_is_of_the_report_year_not_of_the_end_targets()
    {
        var result = Report.Extract([.. Table, "Target akhir Renstra tahun 2026 untuk Nilai Keterbukaan Informasi sebesar 90, sehingga capaian terhadap target akhir Renstra sebesar 90,67%."]);

        var progress = Assert.Single(Prose(result, 5), v => v.Kind == IndicatorValueKind.ReportedCapaianRenstra);
        Assert.Equal((2023, 90.67m), (progress.Year, progress.Value!.Value));
    }

    [Theory]
    [InlineData("RKPD tahun 2024")]
    [InlineData("Renja 2024")]
    public void A_plan_documents_year_is_not_handed_on_to_the_next_sentence(string document)
    {
        var result = Report.Extract([.. Table, $"Rekomendasi keterbukaan informasi telah dimuat dalam {document}. Capaian Nilai Keterbukaan Informasi sebesar 102,00%."]);

        var capaian = Assert.Single(Prose(result, 5));
        Assert.Equal((IndicatorValueKind.ReportedCapaian, 102.00m, 2023), (capaian.Kind, capaian.Value!.Value, capaian.Year));
    }

    [Fact]
    public void The_earlier_value_of_a_change_with_no_year_is_the_year_before_the_new_ones()
    {
        var result = Report.Extract([.. Table, "Nilai Keterbukaan Informasi naik dari 79,20 menjadi 81,60 seiring pembaruan portal data."]);

        var prose = Prose(result, 5);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 79.20m, Year: 2022 });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 81.60m, Year: 2023 });
    }

    [Theory]
    [InlineData("Nilai Keterbukaan Informasi mengalami penurunan dari 82,40 pada tahun 2022 menjadi 81,60 pada tahun 2023.")]
    [InlineData("Nilai Keterbukaan Informasi mengalami peningkatan dari 82,40 pada tahun 2022 menjadi 81,60 pada tahun 2023.")]
    [InlineData("Terjadi kenaikan Nilai Keterbukaan Informasi dari 82,40 (2022) menjadi 81,60 (2023).")]
    public void A_change_worded_as_a_noun_gives_its_earlier_value_with_the_year_after_it(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.Equal(
            [(2022, 82.40m), (2023, 81.60m)],
            Prose(result, 5).Where(v => v.Kind == IndicatorValueKind.Realization).Select(v => (v.Year, v.Value!.Value)));
    }

    [Fact]
    public void The_new_value_of_a_change_can_name_its_year_after_it()
    {
        var result = Report.Extract([.. Table, "Nilai Keterbukaan Informasi naik dari 77,00 menjadi 79,20 pada tahun 2022."]);

        var prose = Prose(result, 5);
        Assert.Contains(prose, v => v is { Value: 77.00m, Year: 2021 });
        Assert.Contains(prose, v => v is { Value: 79.20m, Year: 2022 });
    }

    [Fact]
    public void A_figure_ending_one_years_clause_before_the_next_years_clause_is_that_years_figure()
    {
        var result = Report.Extract([.. Table, "Nilai Keterbukaan Informasi tahun 2021 sebesar 78,40 terhadap target 78,00, tahun 2022 sebesar 80,10 terhadap target 79,00."]);

        var prose = Prose(result, 5);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Target, Value: 78.00m, Year: 2021 });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 80.10m, Year: 2022 });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Target, Value: 79.00m, Year: 2022 });
    }

    [Fact]
    public void Tahun_lalu_is_the_year_before_and_tahun_ini_the_reports_year()
    {
        var result = Report.Extract([.. Table, "Nilai Keterbukaan Informasi tahun lalu sebesar 79,20, sedangkan tahun ini sebesar 81,60."]);

        var prose = Prose(result, 5);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 79.20m, Year: 2022 });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 81.60m, Year: 2023 });
    }

    [Fact]
    public void Tahun_sebelumnya_after_a_year_named_ahead_is_the_year_before_that_one()
    {
        var result = Report.Extract([.. Table, "Pada tahun 2022 Nilai Keterbukaan Informasi sebesar 80,10, sedangkan pada tahun sebelumnya sebesar 78,40."]);

        Assert.Contains(Prose(result, 5), v => v is { Value: 78.40m, Year: 2021 });
    }

    [Fact]
    public void Tahun_tahun_sebelumnya_and_a_compared_tahun_sebelumnya_do_not_move_the_figure()
    {
        var result = Report.Extract([.. Table, "Nilai Keterbukaan Informasi tahun 2023 merupakan yang tertinggi dibandingkan dengan tahun-tahun sebelumnya dengan nilai sebesar 81,60."]);

        Assert.Contains(Prose(result, 5), v => v is { Value: 81.60m, Year: 2023 });
    }

    [Theory]
    [InlineData("Nilai Keterbukaan Informasi tahun 2021, 2022 dan 2023 masing-masing sebesar 78,40; 80,10 dan 81,60.")]
    [InlineData("Nilai Keterbukaan Informasi tahun 2021, 2022 dan 2023 berturut-turut adalah 78,40, 80,10 dan 81,60.")]
    [InlineData("Nilai Keterbukaan Informasi selama tiga tahun terakhir adalah 78,40 (2021), 80,10 (2022) dan 81,60 (2023).")]
    [InlineData("Realisasi Nilai Keterbukaan Informasi berturut-turut tahun 2021, 2022 dan 2023 adalah 78,40, 80,10 dan 81,60.")]
    [InlineData("Nilai Keterbukaan Informasi masing-masing pada tahun 2021, 2022 dan 2023 yaitu 78,40; 80,10 dan 81,60.")]
    public void Figures_listed_for_listed_years_take_their_years_in_order(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        var prose = Prose(result, 5);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 78.40m, Year: 2021 });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 80.10m, Year: 2022 });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 81.60m, Year: 2023 });
    }

    [Fact]
    public void A_figure_in_brackets_after_dari_tahun_sebelumnya_is_the_year_befores()
    {
        var result = Report.Extract([.. Table, "Nilai Keterbukaan Informasi pada tahun 2023 sebesar 81,60, meningkat 2,61 poin dari tahun sebelumnya (79,00)."]);

        Assert.Equal([(2023, 81.60m), (2022, 79.00m)], Prose(result, 5).Select(v => (v.Year, v.Value!.Value)));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Theory]
    [InlineData("Selama tiga tahun terakhir (2021-2023), Nilai Keterbukaan Informasi selalu di atas target, yaitu 78,40, 80,10 dan 81,60.", new[] { 2021, 2022, 2023 })]
    [InlineData("Nilai Keterbukaan Informasi tahun 2021 s.d. 2023 masing-masing 78,40 dan 81,60.", new[] { 2023, 2023 })]
    public void A_range_of_years_gives_a_list_of_as_many_figures_their_years_in_order(string sentence, int[] years)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.Equal(years, Prose(result, 5).Select(v => v.Year));
    }

    [Theory]
    [InlineData("Nilai Keterbukaan Informasi diharapkan terus meningkat sehingga pada tahun 2025 mencapai 85,00.")]
    [InlineData("Capaian Nilai Keterbukaan Informasi tahun 2026 diproyeksikan sebesar 104,50%.")]
    public void No_year_after_the_reports_has_a_realization_or_a_capaian(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.Empty(Prose(result, 5));
    }
}
