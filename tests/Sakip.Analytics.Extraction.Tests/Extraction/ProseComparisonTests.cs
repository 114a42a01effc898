using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>
/// Figures a sentence sets beside the unit's own: averages of other units, formulas, the share of the target reached
/// and the cumulative capaian against the Renstra's end target.
/// </summary>
public class ProseComparisonTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.1",
        "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tIndeks Kepuasan Masyarakat\tIndeks\t82\t83,45\t101,77",
        "2\tPersentase kelurahan dengan kinerja baik\t%\t85\t85,71\t100,84",
        string.Empty,
    ];

    private static List<ExtractedIndicatorValue> Prose(string sentence) =>
        [.. Report.Extract([.. Table, sentence]).Indicators.Where(v => v.Source.IsProse && v.Source.Line == Report.Line(6))];

    [Theory]
    [InlineData("Persentase kelurahan dengan kinerja baik tahun 2023 sebesar 85,71%, lebih tinggi dari capaian tahun 2022 (80,00%).", IndicatorValueKind.Realization)]
    [InlineData("Realisasi Persentase kelurahan dengan kinerja baik tahun 2023 sebesar 85,71%, meningkat dibandingkan capaian tahun 2022 sebesar 80,00%.", IndicatorValueKind.Realization)]
    [InlineData("Persentase kelurahan dengan kinerja baik tahun 2023 sebesar 85,71% dengan capaian 100,84%, lebih tinggi dari capaian tahun 2022 sebesar 80,00%.", IndicatorValueKind.ReportedCapaian)]
    [InlineData("Capaian Persentase kelurahan dengan kinerja baik tahun 2023 sebesar 100,84% dengan realisasi 85,71%, lebih tinggi dari capaian tahun 2022 sebesar 80,00%.", IndicatorValueKind.ReportedCapaian)]
    [InlineData("Realisasi Indeks Kepuasan Masyarakat tahun 2023 sebesar 83,45, meningkat dibandingkan capaian tahun 2022 sebesar 80,00%.", IndicatorValueKind.ReportedCapaian)]
    public void A_capaian_of_an_earlier_year_set_beside_the_years_realization_is_that_years_realization(string sentence, IndicatorValueKind kind)
    {
        var earlier = Assert.Single(Prose(sentence), v => v.Year == 2022);

        Assert.Equal((kind, 80m), (earlier.Kind, earlier.Value!.Value));
    }

    [Theory]
    [InlineData("Indeks Kepuasan Masyarakat Kabupaten Contoh Raya tahun 2023 sebesar 80,12.")]
    [InlineData("Target Indeks Kepuasan Masyarakat nasional sesuai RPJMN adalah 82,00.")]
    [InlineData("Realisasi Indeks Kepuasan Masyarakat tingkat provinsi sebesar 80,12.")]
    public void The_pemdas_own_ikm_or_the_nations_figure_is_not_the_units(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.DoesNotContain(result.Indicators, v => v.Source.IsProse && v.Unit == result.Document.Unit);
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Theory]
    [InlineData("Kecamatan Bumi Waras")]
    [InlineData("Kec. Bumi Waras")]
    [InlineData("KEC. BUMI WARAS")]
    public void Another_kecamatan_named_in_full_or_abbreviated_holds_its_own_figure(string printed)
    {
        var result = Report.Extract([.. Table, $"Pada tahun 2023 Indeks Kepuasan Masyarakat Kecamatan Teluk Indah sebesar 83,45, sementara {printed} memperoleh nilai 80,12."]);

        var other = Assert.Single(result.Indicators, v => v.Source.IsProse && v.Value == 80.12m);
        Assert.Equal(("Kecamatan Bumi Waras", IndicatorValueKind.Realization), (other.Unit, other.Kind));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Theory]
    [InlineData("Realisasi Indeks Kepuasan Masyarakat tahun 2023 sebesar 83,45 lebih tinggi dari rata-rata IKM Kota Contoh sebesar 80,12.", 80.12)]
    [InlineData("Realisasi Indeks Kepuasan Masyarakat tahun 2023 sebesar 83,45, sedangkan rata-rata nasional sebesar 80,12.", 80.12)]
    [InlineData("Indeks Kepuasan Masyarakat tahun 2023 sebesar 83,45 berada di atas rata-rata kecamatan se-Kota Contoh yaitu 80,12.", 80.12)]
    public void An_average_of_other_units_beside_the_units_figure_is_not_its_value(string sentence, double average)
    {
        var prose = Prose(sentence);

        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 83.45m });
        Assert.DoesNotContain(prose, v => v.Value == (decimal)average);
    }

    [Fact]
    public void An_average_introduced_by_the_table_above_is_not_a_comparison()
    {
        var prose = Prose("Dari tabel diatas rata-rata Indeks Kepuasan Masyarakat tahun 2023 sebesar 83,45.");

        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 83.45m });
    }

    [Fact]
    public void The_hundred_percent_a_formula_multiplies_by_is_no_figure()
    {
        var prose = Prose("Persentase kelurahan dengan kinerja baik sebesar 85,71% dihitung dari 6 kelurahan dibagi 7 kelurahan dikali 100%.");

        Assert.Equal([85.71m], prose.Select(v => v.Value ?? 0));
    }

    [Theory]
    [InlineData("Persentase kelurahan dengan kinerja baik tahun 2023 terealisasi sebesar 85,71% atau mencapai 100,84% dari target 85%.")]
    [InlineData("Persentase kelurahan dengan kinerja baik tahun 2023 terealisasi sebesar 85,71% sehingga mencapai 100,84% dari target 85%.")]
    public void A_percentage_reached_after_the_realization_is_the_capaian_even_before_the_target_figure(string sentence)
    {
        var prose = Prose(sentence);

        Assert.Equal(
            [(IndicatorValueKind.Realization, 85.71m), (IndicatorValueKind.ReportedCapaian, 100.84m), (IndicatorValueKind.Target, 85m)],
            prose.Select(v => (v.Kind, v.Value ?? 0)).ToList());
    }

    [Theory]
    [InlineData("Capaian Indeks Kepuasan Masyarakat sampai dengan tahun 2023 terhadap target akhir Renstra sebesar 97,03%.")]
    [InlineData("Target akhir Renstra Indeks Kepuasan Masyarakat pada tahun 2026 sebesar 86, sehingga capaian s.d. tahun 2023 sebesar 97,03%.")]
    [InlineData("Jika dibandingkan dengan target akhir Renstra tahun 2026 sebesar 86, capaian Indeks Kepuasan Masyarakat sampai dengan tahun 2023 sebesar 97,03%.")]
    public void A_capaian_up_to_the_report_year_against_the_end_target_is_the_capaian_against_the_renstra(string sentence)
    {
        var prose = Prose(sentence);

        var capaian = Assert.Single(prose, v => v.Value == 97.03m);
        Assert.Equal(IndicatorValueKind.ReportedCapaianRenstra, capaian.Kind);
    }

    [Theory]
    [InlineData("Realisasi Persentase kelurahan dengan kinerja baik pada triwulan III sebesar 71,43%.")]
    [InlineData("Realisasi Persentase kelurahan dengan kinerja baik sampai dengan semester I tahun 2023 sebesar 71,43%.")]
    public void A_figure_part_way_through_the_year_is_not_the_years_realization(string sentence)
    {
        Assert.Empty(Prose(sentence));
    }

    [Fact]
    public void A_figure_up_to_the_fourth_quarter_is_the_years_realization()
    {
        var prose = Prose("Realisasi Persentase kelurahan dengan kinerja baik sampai dengan triwulan IV sebesar 85,71%.");

        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 85.71m, Year: 2023 });
    }

    [Fact]
    public void A_target_for_the_end_of_the_renstra_named_after_the_figure_is_the_renstra_target_of_that_year()
    {
        var prose = Prose("Indeks Kepuasan Masyarakat ditargetkan meningkat menjadi 86 pada akhir periode Renstra tahun 2026.");

        var target = Assert.Single(prose);
        Assert.Equal((IndicatorValueKind.RenstraTarget, 2026, 86m), (target.Kind, target.Year, target.Value ?? 0));
    }

    [Theory]
    [InlineData("Indeks Kepuasan Masyarakat Kecamatan Teluk Indah masih lebih rendah (83,45) dibanding target.", 83.45)]
    [InlineData("Indeks Kepuasan Masyarakat tahun 2023 lebih tinggi (83,45) dari tahun sebelumnya.", 83.45)]
    public void A_figure_in_brackets_after_a_comparison_is_the_value_compared(string sentence, double value)
    {
        Assert.Equal([(decimal)value], Prose(sentence).Select(v => v.Value!.Value));
    }

    [Fact]
    public void A_figure_right_after_a_comparison_is_the_difference_and_no_value()
    {
        Assert.Empty(Prose("Indeks Kepuasan Masyarakat tahun 2023 lebih tinggi 1,45 poin dari target."));
    }
}
