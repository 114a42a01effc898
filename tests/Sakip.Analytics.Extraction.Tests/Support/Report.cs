using Sakip.Analytics.Extraction;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Tests.Support;

/// <summary>Builds a small report text from lines, tabs separating table cells, and extracts it.</summary>
public static class Report
{
    public static ExtractionResult Extract(params string[] lines) => Extract(ExtractionOptions.Default, lines);

    public static ExtractionResult Extract(ExtractionOptions options, params string[] lines)
    {
        var header = new[]
        {
            "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023",
            string.Empty,
            "KECAMATAN TELUK INDAH",
            string.Empty,
            "PEMERINTAH KABUPATEN CONTOH RAYA",
            string.Empty,
        };
        return new ReportExtractor(options).ExtractText("contoh.txt", string.Join('\n', header.Concat(lines)));
    }

    /// <summary>The line number a body line gets after the six header lines above.</summary>
    public static int Line(int bodyLine) => bodyLine + 6;

    /// <summary>The indicator values read from the sentences of one body line.</summary>
    public static List<ExtractedIndicatorValue> ProseOn(ExtractionResult result, int bodyLine) =>
        [.. result.Indicators.Where(v => v.Source.IsProse && v.Source.Line == Line(bodyLine))];
}
