using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Sentences of a BPBD's analysis: the capaian named after "atau", and the share a standard demands.</summary>
public class ProseStandardTests
{
    /// <summary>The tertib arsip share (70 / 65 / 92,86) and the IKM (82 / 83,10 / 101,34) of <see cref="ProseGenreTests"/>.</summary>
    private static readonly string[] Table = ProseGenreTests.Table;

    private static List<ExtractedIndicatorValue> Prose(ExtractionResult result) => [.. result.Indicators.Where(v => v.Source.IsProse)];

    [Theory]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip pada tahun 2023 realisasi sebesar 65% atau capaian 92,86% dari target 70%.")]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip pada tahun 2023 sebesar 65% atau dengan tingkat capaian 92,86% dari target 70%.")]
    public void The_percentage_named_capaian_after_atau_is_the_capaian_of_the_realization_before_it(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.Realization, Value: 65m, Year: 2023 });
        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 92.86m, Year: 2023 });
        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.Target, Value: 70m, Year: 2023 });
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Theory]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip tahun 2023 sebesar 65%, namun masih di bawah standar SPM yang mewajibkan seluruh (100%) perangkat daerah tertib arsip.")]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip tahun 2023 sebesar 65%, masih di bawah standar pelayanan minimal yang menetapkan 100% perangkat daerah tertib arsip.")]
    public void The_share_a_standard_demands_is_no_figure_of_the_unit(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.Contains(Prose(result), v => v is { Value: 65m, Year: 2023 });
        Assert.DoesNotContain(Prose(result), v => v.Value == 100m);
    }

    private static readonly string[] RescueTable =
    [
        "Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2023",
        "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tPersentase Warga Negara yang Memperoleh Layanan Penyelamatan dan Evakuasi Korban Bencana\t%\t100,00\t100,00\t100,00",
        "2\tIndeks Kepuasan Masyarakat\tIndeks\t82,00\t84,12\t102,59",
        string.Empty,
    ];

    [Fact]
    public void A_capaian_printed_as_the_realization_after_atau_capaian_stays_the_capaian()
    {
        var result = Report.ExtractOfDinas([.. RescueTable,
            "Dari 176 kejadian bencana, sebanyak 173 kejadian ditangani sesuai standar, sehingga realisasi Persentase Warga Negara yang Memperoleh Layanan Penyelamatan dan Evakuasi Korban Bencana sebesar 98,30% atau capaian 98,30% dari target 100%."]);

        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.Realization, Value: 98.30m, Year: 2023 });
        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 98.30m, Year: 2023 });
        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.Target, Value: 100m, Year: 2023 });
    }

    [Theory]
    [InlineData("Realisasi Persentase Warga Negara yang Memperoleh Layanan Penyelamatan dan Evakuasi Korban Bencana tahun 2023 sebesar 100% dari target PK Perubahan 96%, atau capaian 104,17%.", 96)]
    [InlineData("Realisasi Persentase Warga Negara yang Memperoleh Layanan Penyelamatan dan Evakuasi Korban Bencana tahun 2023 sebesar 100% dari target Perjanjian Kinerja Perubahan sebesar 96%, atau capaian 104,17%.", 96)]
    public void The_revised_agreements_target_before_atau_capaian_is_the_revised_target(string sentence, double revised)
    {
        var result = Report.ExtractOfDinas([.. RescueTable, sentence]);

        Assert.Contains(Prose(result), v => v.Kind == IndicatorValueKind.TargetRevised && v.Value == (decimal)revised);
        Assert.DoesNotContain(Prose(result), v => v.Kind == IndicatorValueKind.Realization && v.Value == (decimal)revised);
        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 104.17m });
    }

    [Fact]
    public void The_figure_recorded_for_an_indicator_after_a_missed_target_is_its_realization()
    {
        var result = Report.ExtractOfDinas([.. RescueTable,
            "Dua indikator belum mencapai target, yaitu Indeks Kepuasan Masyarakat yang tercatat 84,12 dengan capaian 102,59%."]);

        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.Realization, Value: 84.12m, Year: 2023 });
        Assert.DoesNotContain(Prose(result), v => v.Kind == IndicatorValueKind.Target);
    }
}
