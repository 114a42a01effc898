using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>"86,98*)": a figure marked for a note under the table ("*) angka sementara") is still the figure.</summary>
public class FootnoteMarkTests
{
    [Theory]
    [InlineData("86,98*)", 86.98, false)]
    [InlineData("86,98 *", 86.98, false)]
    [InlineData("1.250.000**)", 1250000, false)]
    [InlineData("95%*", 95, true)]
    [InlineData("72,5 (*)", 72.5, false)]
    public void A_figure_with_a_note_mark_is_read_and_printed_as_it_stands(string cell, decimal number, bool percent)
    {
        Assert.True(CellValue.TryParse(cell, out var value));

        Assert.Equal(number, value.Number);
        Assert.Equal(percent, value.IsPercent);
        Assert.Equal(cell, value.Printed);
    }

    [Fact]
    public void Marked_targets_and_realizations_are_read_and_audited()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Indikator Kinerja Tahun 2023",
            string.Empty,
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t84\t85,10*)\t101,31",
            "2\tPersentase Penyelesaian Pengaduan\t%\t95\t96*)\t110,00",
            "Keterangan: *) angka sementara");

        Assert.Equal(
            [(IndicatorValueKind.Target, 84m), (IndicatorValueKind.Realization, 85.10m), (IndicatorValueKind.ReportedCapaian, 101.31m),
                (IndicatorValueKind.Target, 95m), (IndicatorValueKind.Realization, 96m), (IndicatorValueKind.ReportedCapaian, 110m)],
            result.Indicators.Select(v => (v.Kind, v.Value!.Value)));
        Assert.Equal(110m, Assert.Single(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed).Reported.Value);
    }
}
