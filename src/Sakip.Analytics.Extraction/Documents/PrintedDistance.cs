namespace Sakip.Analytics.Extraction.Documents;

/// <summary>
/// How far apart two lines are, each run of blank lines counted as one line and a page break as none: a converter that
/// doubles the blank lines between paragraphs, or a page that ends, moves no sentence farther from the table or the
/// sentence it speaks of.
/// </summary>
internal sealed class PrintedDistance
{
    private readonly List<int> uncounted;

    // A page break (its number, perhaps a running head, and the blank lines around them) moves nothing farther away either.
    public PrintedDistance(IReadOnlyList<ReportLine> lines) =>
        uncounted = [.. lines.Where((line, i) => line.IsBlank && i > 0 && lines[i - 1].IsBlank || PageFurniture.IsPageBreakAt(lines, i))
            .Select(line => line.Number).Order()];

    /// <summary>The lines from <paramref name="from"/> to <paramref name="to"/>, less the blank lines repeating one before them and a page's frame.</summary>
    public int Between(int from, int to) => to - from - (UncountedUpTo(to) - UncountedUpTo(from));

    /// <summary>
    /// The index <paramref name="count"/> lines above <paramref name="index"/>, a run of blank lines counted as one and a page
    /// break as none: a converter that doubles the blank lines, or a page that ends, moves nothing farther away.
    /// </summary>
    public static int Back(IReadOnlyList<ReportLine> lines, int index, int count)
    {
        var i = index;
        for (var counted = 0; i > 0 && counted < count; i--)
        {
            counted += lines[i - 1].IsBlank && i < index && lines[i].IsBlank || PageFurniture.IsPageBreakAt(lines, i - 1) ? 0 : 1;
        }

        return i;
    }

    private int UncountedUpTo(int line)
    {
        var index = uncounted.BinarySearch(line);
        return index >= 0 ? index + 1 : ~index;
    }
}
