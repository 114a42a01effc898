using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>"Target | Realisasi TW IV | Capaian": the last quarter's realization, printed as the only one, is the year's.</summary>
public class LastQuarterRealizationTests
{
    private static List<(IndicatorValueKind Kind, decimal? Value)> Figures(params string[] headerAndRow) =>
        [.. Report.Extract(["Tabel 3.1", "Capaian Kinerja Tahun 2023", .. headerAndRow])
            .Indicators.OrderBy(v => v.Kind).Select(v => (v.Kind, v.Value))];

    [Theory]
    [InlineData("Realisasi TW IV")]
    [InlineData("Realisasi Triwulan IV")]
    [InlineData("Realisasi TW 4")]
    public void The_last_quarters_realization_printed_alone_is_the_years(string label)
    {
        Assert.Equal(
            [(IndicatorValueKind.Target, 85m), (IndicatorValueKind.Realization, 91.30m), (IndicatorValueKind.ReportedCapaian, 107.41m)],
            Figures($"No\tIndikator Kinerja\tSatuan\tTarget\t{label}\tCapaian (%)", "1\tPersentase penanganan kebakaran\t%\t85\t91,30\t107,41"));
    }

    [Fact]
    public void Quarters_printed_one_by_one_beside_the_years_realization_stay_quarters()
    {
        Assert.Equal(
            [(IndicatorValueKind.Target, 85m), (IndicatorValueKind.Realization, 91.30m), (IndicatorValueKind.ReportedCapaian, 107.41m)],
            Figures(
                "No\tIndikator Kinerja\tSatuan\tTarget\tTW I\tTW II\tTW III\tTW IV\tRealisasi\tCapaian (%)",
                "1\tPersentase penanganan kebakaran\t%\t85\t80\t85\t88\t90\t91,30\t107,41"));
    }

    [Fact]
    public void Quarters_printed_one_by_one_without_the_years_realization_give_the_last_when_the_capaian_is_worked_out_from_it()
    {
        Assert.Equal(
            [(IndicatorValueKind.Target, 85m), (IndicatorValueKind.Realization, 91.30m), (IndicatorValueKind.ReportedCapaian, 107.41m)],
            Figures(
                "No\tIndikator Kinerja\tSatuan\tTarget\tTW I\tTW II\tTW III\tTW IV\tCapaian (%)",
                "1\tPersentase penanganan kebakaran\t%\t85\t80\t85\t88\t91,30\t107,41"));
    }

    [Theory]
    [InlineData("TW I\tTW II\tTW III\tTW IV", "80\t85\t88\t91,30\t110,00")]
    [InlineData("Target TW I\tTarget TW II\tTarget TW III\tTarget TW IV", "20\t40\t60\t85\t100,00")]
    public void Quarters_the_capaian_is_not_worked_out_from_or_of_targets_give_no_realization(string quarters, string figures)
    {
        Assert.DoesNotContain(
            Figures($"No\tIndikator Kinerja\tSatuan\tTarget\t{quarters}\tCapaian (%)", $"1\tPersentase penanganan kebakaran\t%\t85\t{figures}"),
            f => f.Kind == IndicatorValueKind.Realization);
    }

    [Fact]
    public void Money_spent_by_the_last_quarter_is_no_indicators_realization()
    {
        Assert.Equal(
            [(IndicatorValueKind.Target, 85m), (IndicatorValueKind.ReportedCapaian, 107.41m)],
            Figures(
                "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi Keuangan TW IV\tCapaian (%)",
                "1\tPersentase penanganan kebakaran\t%\t85\t91,30\t107,41"));
    }
}
