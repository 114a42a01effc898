using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Realizations of past years set against the end target of the Renstra, as dinas LKjIPs compare them.</summary>
public class RenstraProgressTableTests
{
    [Theory]
    [InlineData("Realisasi Kinerja Tahun 2019 - 2023")]
    [InlineData("Capaian Kinerja Tahun 2019 - 2023 terhadap Target Akhir Renstra")]
    public void Bare_years_beside_the_end_target_and_the_progress_towards_it_are_realizations(string title)
    {
        var result = Report.Extract(
            "Tabel 3.6",
            title,
            "No\tIndikator Kinerja\tSatuan\t2019\t2020\t2021\t2022\t2023\tTarget Akhir Renstra 2024\tCapaian s/d 2023",
            "1\tResponse time penanganan kebakaran\tMenit\t18\t17\t14\t13\t12\t10\t83,33");

        Assert.Equal(
            [
                (2019, IndicatorValueKind.Realization, "18"), (2020, IndicatorValueKind.Realization, "17"), (2021, IndicatorValueKind.Realization, "14"),
                (2022, IndicatorValueKind.Realization, "13"), (2023, IndicatorValueKind.Realization, "12"),
                (2024, IndicatorValueKind.RenstraTarget, "10"), (2023, IndicatorValueKind.ReportedCapaianRenstra, "83,33"),
            ],
            result.Indicators.Where(v => v.Source.Line == Report.Line(4)).Select(v => (v.Year, v.Kind, v.Text)).ToList());
    }

    [Theory]
    [InlineData("Perbandingan Target dan Realisasi dengan Tahun Sebelumnya", "Target Akhir Renstra 2026")]
    [InlineData("Perbandingan Kinerja Tahun 2021-2023", "Target Akhir Renstra (2026)")]
    [InlineData("Realisasi Kinerja s.d. Tahun 2023 dibandingkan Target Jangka Menengah", "Target 2026")]
    public void Bare_years_up_to_the_report_year_beside_only_the_end_target_are_realizations(string title, string endTarget)
    {
        var result = Report.Extract(
            "Tabel 3.3",
            title,
            $"Indikator\tTahun 2021\tTahun 2022\tTahun 2023\t{endTarget}",
            "Tingkat waktu tanggap (response time rate) daerah layanan WMK\t88,00%\t90,50%\t93,02%\t95%");

        Assert.Equal(
            [
                (2021, IndicatorValueKind.Realization, "88,00%"), (2022, IndicatorValueKind.Realization, "90,50%"),
                (2023, IndicatorValueKind.Realization, "93,02%"), (2026, IndicatorValueKind.RenstraTarget, "95%"),
            ],
            result.Indicators.Where(v => v.Source.Line == Report.Line(4)).Select(v => (v.Year, v.Kind, v.Text)).ToList());
    }

    [Fact]
    public void Bare_years_beside_the_end_target_under_a_plan_caption_are_not_read_as_realizations()
    {
        var result = Report.Extract(
            "Tabel 2.3",
            "Target Kinerja Renstra Tahun 2019-2023",
            "Indikator\t2019\t2020\t2021\t2022\t2023\tTarget Akhir Renstra",
            "Tingkat waktu tanggap (response time rate) daerah layanan WMK\t80\t82\t84\t86\t88\t88");

        Assert.DoesNotContain(result.Indicators, v => v.Kind == IndicatorValueKind.Realization);
    }

    [Fact]
    public void Bare_years_between_the_baseline_and_the_end_under_a_renstra_caption_are_the_plans_yearly_targets()
    {
        var result = Report.Extract(
            "Renstra Kecamatan Teluk Indah Tahun 2021-2026.",
            string.Empty,
            "Tabel 2.1",
            "Indikator Kinerja Utama dan Target Renstra",
            "No\tIndikator Kinerja\tSatuan\tKondisi Awal\t2021\t2022\t2023\t2024\t2025\t2026\tKondisi Akhir",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t78\t79\t80\t82\t84\t86\t88\t88");

        Assert.Equal(
            [(2021, 79m), (2022, 80m), (2023, 82m), (2024, 84m), (2025, 86m), (2026, 88m)],
            result.Indicators.Where(v => v.Kind == IndicatorValueKind.RenstraTarget).Select(v => (v.Year, v.Value!.Value)).Distinct().OrderBy(v => v.Year));
    }

    [Fact]
    public void A_baseline_without_its_year_beside_the_years_agreement_target_is_the_renstras_baseline()
    {
        var result = Report.Extract(
            "Renstra Kecamatan Teluk Indah Tahun 2021-2026.",
            string.Empty,
            "Tabel 2.3",
            "Indikator Kinerja Utama",
            "No\tIndikator Kinerja\tSatuan\tKondisi Awal\tTarget 2023\tKondisi Akhir Renstra",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t78\t82\t88");

        var baseline = Assert.Single(result.Indicators, v => v.Kind == IndicatorValueKind.Realization);
        Assert.Equal((2020, 78m), (baseline.Year, baseline.Value!.Value));
    }
}
