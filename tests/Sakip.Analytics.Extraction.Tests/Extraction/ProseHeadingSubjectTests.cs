using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>A subsection on one indicator whose first sentence names another: the measure word names the first again.</summary>
public class ProseHeadingSubjectTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.2 Pengukuran Kinerja Tahun 2023",
        "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tPersentase Penegakan Perda dan Perkada yang Ditindaklanjuti\t%\t88\t90,28\t102,59",
        "2\tJumlah Pelanggaran Perda dan Perkada\tKasus\t1.280\t1.245\t102,73",
        "3\tPersentase Penanganan Gangguan Trantibum\t%\t91\t93,04\t102,24",
        "4\tIndeks Ketenteraman dan Ketertiban Umum\tIndeks\t76,00\t76,84\t101,11",
        string.Empty,
    ];

    private static List<ExtractedIndicatorValue> Prose(ExtractionResult result) => [.. result.Indicators.Where(v => v.Source.IsProse)];

    [Fact]
    public void A_measure_word_going_on_with_an_indicators_word_names_it_after_a_sentence_on_another()
    {
        var result = Report.Extract([.. Table,
            "2. Persentase Penegakan Perda dan Perkada yang Ditindaklanjuti",
            string.Empty,
            "Sepanjang tahun 2023 ditemukan 1.245 kasus pelanggaran Perda dan Perkada, dan sebanyak 1.124 kasus di antaranya telah ditindaklanjuti melalui teguran dan penertiban. Dengan demikian persentase penegakan yang ditindaklanjuti sebesar 90,28 persen dari target 88 persen atau capaian 102,59 persen."]);

        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.Realization, Value: 90.28m } && v.Indicator.StartsWith("Persentase Penegakan", StringComparison.Ordinal));
        Assert.DoesNotContain(Prose(result), v => v.Value is 90.28m or 102.59m or 88m && v.Indicator.StartsWith("Jumlah", StringComparison.Ordinal));
    }

    [Fact]
    public void A_part_counted_among_the_cases_is_no_figure_of_the_count()
    {
        var result = Report.Extract([.. Table,
            "Sepanjang tahun 2023 ditemukan 1.245 kasus pelanggaran Perda dan Perkada, dan sebanyak 1.124 kasus di antaranya telah ditindaklanjuti melalui teguran dan penertiban."]);

        Assert.DoesNotContain(Prose(result), v => v.Value == 1124m);
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }
}
