using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Sentences about the indicators of programs and kegiatan, named in their own table.</summary>
public class ProseProgramIndicatorTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.12",
        "Capaian Indikator Program dan Kegiatan Tahun 2023",
        string.Empty,
        "No\tProgram/Kegiatan\tIndikator\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\tJumlah dokumen pelayanan administrasi yang diterbitkan\tDokumen\t4.200\t4.500\t107,14",
        "\tPelayanan Terpadu Kecamatan\tRata-rata waktu penyelesaian layanan terpadu\tHari\t3\t2,6\t113,33",
        "2\tProgram Koordinasi Ketenteraman dan Ketertiban Umum\tTeknis\t%\t100\t94,74\t94,74",
        string.Empty,
    ];

    private static List<ExtractedIndicatorValue> Prose(ExtractionResult result, int line) =>
        [.. result.Indicators.Where(v => v.Source.IsProse && v.Source.Line == Report.Line(line))];

    [Fact]
    public void A_kegiatans_indicator_named_in_a_sentence_gets_its_figures_and_a_one_word_fragment_of_a_row_is_no_name()
    {
        var result = Report.Extract(
        [
            .. Table,
            "Sebagian besar aparatur belum mengikuti pelatihan teknis, dengan capaian 94,74%.",
            "Indikator rata-rata waktu penyelesaian layanan terpadu merupakan indikator negatif, sehingga realisasi 2,6 hari terhadap target 3 hari menghasilkan capaian 113,33%.",
        ]);

        Assert.Empty(Prose(result, 9));
        var prose = Prose(result, 10);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 2.6m });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Target, Value: 3m });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 113.33m });
        Assert.All(prose, v => Assert.Equal("Rata-rata waktu penyelesaian layanan terpadu", v.Indicator));
    }
}
