using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>One column listing tujuan, sasaran and indicators, each row labelled ("Tujuan:", "Sasaran:", "Indikator Tujuan:", "a.").</summary>
public class LabelledRowsTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.1",
        "Capaian Kinerja Kecamatan Teluk Indah Tahun 2023",
        string.Empty,
        "No\tTujuan/Sasaran/Indikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\tKategori",
        "I\tTujuan: Meningkatnya kualitas pelayanan publik kecamatan\t\t\t\t\t",
        "\tIndikator Tujuan: Indeks Kepuasan Masyarakat\tIndeks\t82\t83,45\t101,77\tSangat Tinggi",
        "1.1\tSasaran: Meningkatnya kualitas layanan administrasi\t\t\t\t\t",
        "\ta. Persentase layanan administrasi yang diselesaikan tepat waktu\t%\t95\t96,2\t101,26\tSangat Tinggi",
        "\tb. Persentase pengaduan masyarakat yang ditindaklanjuti\t%\t100\t100\t100\tSangat Tinggi",
        "1.2\tSasaran: Meningkatnya ketenteraman dan ketertiban umum\t\t\t\t\t",
        "\ta. Persentase penegakan Perda di wilayah kecamatan\t%\t80\t72\t90\tTinggi",
    ];

    [Fact]
    public void Each_indicator_keeps_its_own_name_and_all_its_figures()
    {
        var result = Report.Extract(Table);

        var values = result.Indicators.Where(v => !v.Source.IsProse).ToList();
        Assert.Equal(
            ["Indeks Kepuasan Masyarakat", "Persentase layanan administrasi yang diselesaikan tepat waktu", "Persentase pengaduan masyarakat yang ditindaklanjuti", "Persentase penegakan Perda di wilayah kecamatan"],
            values.Select(v => v.Indicator).Distinct());
        Assert.All(values.GroupBy(v => v.Indicator), g => Assert.Equal(
            [IndicatorValueKind.Target, IndicatorValueKind.Realization, IndicatorValueKind.ReportedCapaian], g.Select(v => v.Kind)));
    }

    [Fact]
    public void The_labelled_heading_rows_are_the_goals_without_their_labels()
    {
        var result = Report.Extract(Table);

        Assert.Equal("Meningkatnya kualitas layanan administrasi", result.Indicators.First(v => v.Indicator.StartsWith("Persentase layanan", StringComparison.Ordinal)).Goal);
        Assert.Equal("Meningkatnya ketenteraman dan ketertiban umum", result.Indicators.First(v => v.Indicator.StartsWith("Persentase penegakan", StringComparison.Ordinal)).Goal);
    }
}
