using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Documents;

public class DocxReportTests
{
    [Fact]
    public void Tables_of_a_word_report_are_read_from_their_structure_with_the_caption_above()
    {
        using var folder = new TempFolder();
        var path = folder.File("lkjip-2023-kecamatan-teluk-indah.docx");
        new DocxBuilder()
            .Paragraph("LAPORAN KINERJA TAHUN 2023")
            .Paragraph("KECAMATAN TELUK INDAH")
            .Paragraph("PEMERINTAH KABUPATEN CONTOH RAYA")
            .Paragraph("Tabel 3.1")
            .Paragraph("Capaian Kinerja Tahun 2023")
            .Table(
                ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
                ["1", "Indeks Kepuasan Masyarakat", "85,00", "80,50", "94,71%"])
            .Paragraph("Realisasi IKM tahun 2023 sebesar 80,50 dari target 85,00.")
            .Save(path);

        var result = new ReportExtractor().Extract(path);

        Assert.Equal(ReportFormat.Docx, ReportReaders.Read(path).Format);
        Assert.Equal(("Kecamatan Teluk Indah", 2023), (result.Document.Unit, result.Document.ReportYear));
        var table = result.Indicators.Where(v => !v.Source.IsProse).ToList();
        Assert.Equal(3, table.Count);
        Assert.All(table, v => Assert.Equal("Tabel 3.1", v.Source.Table));
        Assert.Contains(table, v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 94.71m });
        Assert.Equal(2, result.Indicators.Count(v => v.Source.IsProse));
    }

    [Fact]
    public void A_dash_alone_in_a_cell_of_a_word_table_is_an_empty_cell()
    {
        using var folder = new TempFolder();
        var path = folder.File("dash.docx");
        new DocxBuilder()
            .Paragraph("KECAMATAN TELUK INDAH")
            .Table(
                ["No", "Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)"],
                ["-", "-", "1.500.000", "1.400.000"])
            .Save(path);

        var row = ReportReaders.Read(path).Pages.SelectMany(p => p.Lines).Single(l => l.Text.Contains("1.500.000", StringComparison.Ordinal));

        Assert.Equal(["", "", "1.500.000", "1.400.000"], row.Cells);
    }

    [Fact]
    public void A_cell_spanning_columns_keeps_the_columns_below_it_in_place()
    {
        using var folder = new TempFolder();
        var path = folder.File("span.docx");
        new DocxBuilder()
            .Paragraph("KECAMATAN TELUK INDAH")
            .Paragraph("Tabel 3.9")
            .Table(
                ["No", "Indikator", "2022|span=2", "2023|span=2"],
                ["", "", "Target", "Realisasi", "Target", "Realisasi"],
                ["1", "Nilai AKIP", "BB (73,00)", "BB (72,16)", "BB (75,00)", "BB (70,15)"])
            .Save(path);

        var result = new ReportExtractor(new ExtractionOptions { ReportYear = 2023 }).Extract(path);

        Assert.Contains(result.Indicators, v => v is { Year: 2022, Kind: IndicatorValueKind.Target, Value: 73.00m, Grade: "BB" });
        Assert.Contains(result.Indicators, v => v is { Year: 2023, Kind: IndicatorValueKind.Realization, Value: 70.15m });
    }
}
