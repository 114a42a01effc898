using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>
/// The analysis of each sasaran printed as labelled lines ("Indikator Kinerja : ...", "Target : 80", "Realisasi : 85",
/// "Capaian : 106,25%"), as text or split by the converter into cells.
/// </summary>
public class ProseLabelledFigureTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.1",
        "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tMeningkatnya kualitas pelayanan publik kecamatan\tIndeks Kepuasan Masyarakat\tIndeks\t80\t85\t106,25",
        "2\tMeningkatnya partisipasi masyarakat dalam pembangunan\tPersentase usulan musrenbang kelurahan yang terakomodir\t%\t60\t45\t75",
        string.Empty,
    ];

    private static string[] Block(string separator) =>
    [
        $"Sasaran 2{separator}Meningkatnya partisipasi masyarakat dalam pembangunan",
        $"Indikator Kinerja{separator}Persentase usulan musrenbang kelurahan yang terakomodir",
        $"Target{separator}60%",
        $"Realisasi{separator}45%",
        $"Capaian{separator}70% (Kurang)",
    ];

    [Theory]
    [InlineData(" : ")]
    [InlineData("\t:\t")]
    [InlineData("\t: ")]
    public void Labelled_lines_give_the_indicator_above_its_target_realisasi_and_capaian(string separator)
    {
        var result = Report.Extract([.. Table, .. Block(separator)]);

        // Read once, as the text they are: "Indikator Kinerja | : ..." heads no table of "Target | : 60%" rows.
        Assert.DoesNotContain(result.Indicators, v => !v.Source.IsProse && v.Source.Line > Report.Line(Table.Length));

        var prose = result.Indicators.Where(v => v.Source.IsProse).OrderBy(v => v.Source.Line).ToList();
        Assert.Equal(
            [(IndicatorValueKind.Target, 60m), (IndicatorValueKind.Realization, 45m), (IndicatorValueKind.ReportedCapaian, 70m)],
            prose.Select(v => (v.Kind, v.Value!.Value)));
        Assert.All(prose, v => Assert.Equal(("Persentase usulan musrenbang kelurahan yang terakomodir", 2023), (v.Indicator, v.Year)));
        Assert.Equal("Kurang", prose[^1].Category);
    }

    [Fact]
    public void A_labelled_capaian_is_checked_against_the_labelled_target_and_realisasi_above_it()
    {
        var result = Report.Extract([.. Table, .. Block(" : ")]);

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
        Assert.Equal((Report.Line(Table.Length + 5), 75.00m), (finding.Reported.Location.Line, finding.Expected.Value));
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Fact]
    public void Labelled_figures_without_an_indicator_above_them_are_not_read()
    {
        var result = Report.Extract([.. Table, "Target : 60%", "Realisasi : 45%"]);

        Assert.DoesNotContain(result.Indicators, v => v.Source.IsProse);
    }

    [Fact]
    public void A_block_right_under_the_table_opening_with_its_indicator_and_bulleted_labels_is_read()
    {
        var result = Report.Extract(
        [
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            string.Empty,
            .. Table[1..],
            "Indikator Kinerja : Indeks Kepuasan Masyarakat",
            "- Target\t: 80",
            "- Realisasi\t: 85",
            "- Capaian\t: 106,25%",
        ]);

        var prose = result.Indicators.Where(v => v.Source.IsProse).OrderBy(v => v.Source.Line).ToList();
        Assert.Equal(
            [(IndicatorValueKind.Target, 80m), (IndicatorValueKind.Realization, 85m), (IndicatorValueKind.ReportedCapaian, 106.25m)],
            prose.Select(v => (v.Kind, v.Value!.Value)));
        Assert.All(prose, v => Assert.Equal("Indeks Kepuasan Masyarakat", v.Indicator));
    }

    [Fact]
    public void Labels_set_off_by_an_equals_sign_give_their_figures_and_years()
    {
        var result = Report.Extract(
        [
            .. Table,
            "Uraian capaian masing-masing indikator kinerja adalah sebagai berikut.",
            "Indikator 1: Indeks Kepuasan Masyarakat",
            "a. Target 2023 = 80",
            "b. Realisasi 2023 = 85",
            "c. Capaian = 106,25%",
        ]);

        var prose = result.Indicators.Where(v => v.Source.IsProse).OrderBy(v => v.Source.Line).ToList();
        Assert.Equal(
            [(IndicatorValueKind.Target, 80m), (IndicatorValueKind.Realization, 85m), (IndicatorValueKind.ReportedCapaian, 106.25m)],
            prose.Select(v => (v.Kind, v.Value!.Value)));
        Assert.All(prose, v => Assert.Equal(("Indeks Kepuasan Masyarakat", 2023), (v.Indicator, v.Year)));
    }
}
