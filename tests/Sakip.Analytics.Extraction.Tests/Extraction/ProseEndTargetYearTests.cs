using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>"Capaian terhadap target akhir Renstra (11,80) sebesar 91,27%" after a sentence on an earlier year.</summary>
public class ProseEndTargetYearTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2023",
        "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tAngka Kematian Bayi\tper 1.000 KH\t13,40\t12,83\t104,25",
        "2\tIndeks Kepuasan Masyarakat\tIndeks\t82,00\t84,12\t102,59",
        "3\tRata-rata Waktu Penyelesaian Layanan PATEN\thari\t2,0\t1,8\t110,00",
        string.Empty,
    ];

    private static List<ExtractedIndicatorValue> Prose(ExtractionResult result) => [.. result.Indicators.Where(v => v.Source.IsProse)];

    [Theory]
    [InlineData("Angka Kematian Bayi tahun 2023 sebesar 12,83 per 1.000 KH, lebih rendah dari target 13,40. Realisasi tahun 2022 sebesar 13,90 per 1.000 KH. Capaian terhadap target akhir Renstra (11,80) sebesar 91,27%.", 91.27)]
    [InlineData("Indeks Kepuasan Masyarakat tahun 2023 sebesar 84,12 dari target 82,00. Realisasi tahun 2022 sebesar 80,50. Capaian terhadap target akhir Renstra (88,00) sebesar 95,59%.", 95.59)]
    public void The_capaian_against_the_end_target_is_the_reports_years_whatever_year_the_sentence_before_named(string sentences, double capaian)
    {
        var result = Report.ExtractOfDinas([.. Table, sentences]);

        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.ReportedCapaianRenstra, Year: 2023 } && v.Value == (decimal)capaian);
        Assert.DoesNotContain(Prose(result), v => v.Kind == IndicatorValueKind.Realization && v.Value == (decimal)capaian);
        Assert.DoesNotContain(result.Findings, f => f.Kind is FindingKind.CapaianMiscomputed or FindingKind.TableVsText);
    }

    [Fact]
    public void The_next_indicators_share_after_sedangkan_untuk_is_against_the_end_target_too()
    {
        var result = Report.ExtractOfDinas([.. Table,
            "Sampai dengan tahun ketiga Renstra, capaian terhadap target akhir periode untuk Indeks Kepuasan Masyarakat telah mencapai 97,25%, sedangkan untuk rata-rata waktu penyelesaian layanan PATEN baru 80,00% karena target akhir 1,5 hari."]);

        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.ReportedCapaianRenstra, Value: 97.25m } && v.Indicator.StartsWith("Indeks", StringComparison.Ordinal));
        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.ReportedCapaianRenstra, Value: 80.00m } && v.Indicator.StartsWith("Rata-rata", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }
}
