namespace Sakip.Analytics.Extraction.Documents;

/// <summary>Lines read as a label and its value a converter set apart ("IKM" / "80,50", "Jumlah" / "Rp. 14.463.930.781").</summary>
internal static class PrintedLines
{
    /// <summary>A converter may leave up to two blank lines between a label and its value.</summary>
    private const int MaxBlankLines = 2;

    /// <summary>The first line with text after <paramref name="index"/>, past at most two blank lines; null when there is none so close.</summary>
    public static ReportLine? After(IReadOnlyList<ReportLine> lines, int index) =>
        lines.Skip(index + 1).Take(MaxBlankLines + 1).FirstOrDefault(l => !l.IsBlank);
}
