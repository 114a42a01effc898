namespace Sakip.Analytics.Extraction.Documents;

/// <summary>Lines read as a label and its value a converter set apart ("IKM" / "80,50", "Jumlah" / "Rp. 14.463.930.781").</summary>
internal static class PrintedLines
{
    /// <summary>A converter may leave up to two blank lines between a label and its value.</summary>
    private const int MaxBlankLines = 2;

    /// <summary>The first line with text after <paramref name="index"/>, past at most two blank lines; null when there is none so close.</summary>
    public static ReportLine? After(IReadOnlyList<ReportLine> lines, int index) =>
        lines.Skip(index + 1).Take(MaxBlankLines + 1).FirstOrDefault(l => !l.IsBlank);

    /// <summary>
    /// The index <paramref name="count"/> lines above <paramref name="index"/>, a run of blank lines counted as one: a converter
    /// that doubles the blank lines moves nothing farther away.
    /// </summary>
    public static int Back(IReadOnlyList<ReportLine> lines, int index, int count)
    {
        var i = index;
        for (var counted = 0; i > 0 && counted < count; i--)
        {
            counted += lines[i - 1].IsBlank && i < index && lines[i].IsBlank ? 0 : 1;
        }

        return i;
    }
}
