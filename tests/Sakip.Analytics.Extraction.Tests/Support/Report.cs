using Sakip.Analytics.Extraction;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Tests.Support;

/// <summary>Builds a small report text from lines, tabs separating table cells, and extracts it.</summary>
public static class Report
{
    public static ExtractionResult Extract(params string[] lines) => Extract(ExtractionOptions.Default, lines);

    public static ExtractionResult Extract(ExtractionOptions options, params string[] lines) =>
        new ReportExtractor(options).ExtractText("contoh.txt", string.Join('\n', Header("KECAMATAN TELUK INDAH", "PEMERINTAH KABUPATEN CONTOH RAYA").Concat(lines)));

    /// <summary>The lines as the body of a fire brigade dinas's report of Kota Contoh Raya (six header lines, as <see cref="Extract(string[])"/>).</summary>
    public static ExtractionResult ExtractOfDinas(params string[] lines) =>
        new ReportExtractor().ExtractText("damkar.txt", string.Join('\n', Header("DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN", "PEMERINTAH KOTA CONTOH RAYA").Concat(lines)));

    private static string[] Header(string unit, string pemda) =>
        ["LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023", string.Empty, unit, string.Empty, pemda, string.Empty];

    /// <summary>The line number a body line gets after the six header lines above.</summary>
    public static int Line(int bodyLine) => bodyLine + 6;

    /// <summary>The indicator values read from the sentences of one body line.</summary>
    public static List<ExtractedIndicatorValue> ProseOn(ExtractionResult result, int bodyLine) =>
        [.. result.Indicators.Where(v => v.Source.IsProse && v.Source.Line == Line(bodyLine))];
}
