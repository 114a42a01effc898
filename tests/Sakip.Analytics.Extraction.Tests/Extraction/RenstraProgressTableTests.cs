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
}
