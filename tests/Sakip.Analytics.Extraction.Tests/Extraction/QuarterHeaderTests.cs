using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Rencana Aksi tables whose quarters are numbered "I | II | III | IV" under "Target Triwulan" and "Realisasi Triwulan".</summary>
public class QuarterHeaderTests
{
    [Fact]
    public void Quarters_numbered_in_roman_under_their_group_are_quarterly_columns_and_the_last_realization_the_capaian_follows_from_is_the_years()
    {
        var result = Report.Extract(
            "Tabel 3.9",
            "Rencana Aksi Tahun 2023",
            "No\tSasaran\tIndikator Kinerja\tTarget Tahunan\tTarget Triwulan\t\t\t\tRealisasi Triwulan\t\t\t\tCapaian",
            "\t\t\t\tI\tII\tIII\tIV\tI\tII\tIII\tIV",
            "1\tMeningkatnya kualitas pelayanan penanggulangan kebakaran\tPersentase penduduk yang terlayani WMK\t75\t70\t72\t74\t75\t71\t73\t76\t78,25\t104,33");

        Assert.Equal(
            [(IndicatorValueKind.Target, "75"), (IndicatorValueKind.Realization, "78,25"), (IndicatorValueKind.ReportedCapaian, "104,33")],
            result.Indicators.Where(v => v.Source.Line == Report.Line(5)).Select(v => (v.Kind, v.Text)).ToList());
    }
}
