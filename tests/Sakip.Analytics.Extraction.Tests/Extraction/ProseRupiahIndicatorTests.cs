using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>An indicator measured in rupiah ("Nilai kerugian akibat kebakaran"): the prose gives its amounts, not money spent.</summary>
public class ProseRupiahIndicatorTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.1",
        "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tMenurunnya kerugian akibat kebakaran\tNilai kerugian akibat kebakaran\tRupiah\t6.000.000.000\t5.310.000.000\t111,50",
        "2\tMeningkatnya penanganan kebakaran\tPersentase kejadian kebakaran yang tertangani\t%\t90\t93\t103,33",
        string.Empty,
    ];

    [Theory]
    [InlineData("Nilai kerugian akibat kebakaran pada tahun 2023 sebesar Rp 5.310.000.000,- lebih rendah dari target Rp 6.000.000.000,-.")]
    [InlineData("Nilai kerugian akibat kebakaran pada tahun 2023 sebesar Rp 5,31 miliar, lebih rendah dari target Rp 6 miliar.")]
    public void The_amounts_of_an_indicator_measured_in_rupiah_are_its_realization_and_target(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.Equal(
            [(IndicatorValueKind.Realization, 5_310_000_000m), (IndicatorValueKind.Target, 6_000_000_000m)],
            Report.ProseOn(result, Table.Length + 1).Select(v => (v.Kind, v.Value!.Value)));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Fact]
    public void Rupiah_beside_an_indicator_measured_otherwise_stays_money()
    {
        var result = Report.Extract([.. Table, "Persentase kejadian kebakaran yang tertangani sebesar 93% dengan anggaran Rp 450.000.000."]);

        Assert.Empty(Report.ProseOn(result, Table.Length + 1));
    }
}
