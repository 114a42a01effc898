using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

internal static partial class SplitCells
{
    private const int MinFellows = 2;

    /// <summary>
    /// "1. Indeks Kepuasan Masyarakat | | 87" under "NO | INDIKATOR | ...": most rows of figures print their number in
    /// their name's cell, a cell short of the header for a reason of their own.
    /// </summary>
    internal static bool NumbersInNames(IReadOnlyList<ReportLine> headers, IReadOnlyList<ReportLine> rows)
    {
        var withFigures = rows.Where(r => r.Cells.Any(IsFigure)).ToList();
        return HasNumberColumn(headers) && withFigures.Count(r => NumberedName().IsMatch(r.Cells[0])) * 2 > withFigures.Count;
    }

    /// <summary>
    /// Each row of figures one cell wider than its fellows, by a gap they do not have, without it. The fellows are the rows
    /// of the width more than half the rows of figures print, whatever width the header prints ("NO | INDIKATOR |
    /// REALISASI KINERJA | | | REALISASI NASIONAL | | |" with its empty last cell); where no width has a majority, the rows
    /// as wide as the header, one enough since the header tells the width too. Taken out before columns empty in every row
    /// are: a gap moves the row's last cell, a dash, into a column no other row fills. Not where most rows print their
    /// numbers in their names' cells: they are a cell narrower than the rows that do not ("JUMLAH | | 3.135.926.319 |" under
    /// "1. Program ... | 2.650.313.819 | PAPBD"); nor where a header row is as wide as the wider rows and ends in a label: it
    /// prints the table's width, and they keep to it. Rows without figures and rows of the fellows' width lose a gap too
    /// where <see cref="Gapless"/> says.
    /// </summary>
    public static List<ReportLine> WithoutGaps(IReadOnlyList<ReportLine> headers, IReadOnlyList<ReportLine> rows)
    {
        var withFigures = rows.Where(r => r.Cells.Any(IsFigure)).ToList();
        var usual = withFigures.GroupBy(r => r.Cells.Count).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault();
        var majority = usual is not null && usual.Count() * 2 > withFigures.Count;
        var width = majority ? usual!.Key : headers.Select(h => h.Cells.Count).DefaultIfEmpty(0).Max();
        List<ReportLine> fellows = [.. withFigures.Where(r => r.Cells.Count == width)];
        if (fellows.Count < (majority ? MinFellows : 1) || NumbersInNames(headers, rows)
            || headers.Any(h => h.Cells.Count == width + 1 && !IsEmpty(h.Cells[^1])))
        {
            return [.. rows];
        }

        List<ReportLine> gapless = [];
        int? gapAbove = null;
        foreach (var row in rows)
        {
            var fixedRow = Gapless(row, width, fellows, gapAbove, first: gapless.Count == 0);
            gapAbove = fixedRow is null ? null : GapIndex(row, fixedRow);
            gapless.Add(fixedRow ?? row);
        }

        return gapless;
    }

    /// <summary>
    /// The row without its gap, or null where it has none to lose: a row of figures one cell wider than the fellows; a row of
    /// their width that fits only without a gap and with its empty last cell; a row without figures printed with the gap of
    /// the row above; the table's first row, a row of labels with one gap.
    /// </summary>
    private static ReportLine? Gapless(ReportLine row, int width, IReadOnlyList<ReportLine> fellows, int? gapAbove, bool first)
    {
        var hasFigures = row.Cells.Any(IsFigure);
        if (row.Cells.Count == width)
        {
            return hasFigures && !FitsAsPrinted(row, fellows) ? WithoutGap(row with { Cells = [.. row.Cells, string.Empty] }, fellows) : null;
        }

        if (row.Cells.Count != width + 1)
        {
            return null;
        }

        if (hasFigures)
        {
            return WithoutGap(row, fellows);
        }

        var gap = gapAbove is { } above && PrintedLikeRowAbove(row, above, fellows) ? above : first ? LabelsWithOneGap(row) : null;
        return gap is { } at ? row with { Cells = [.. row.Cells.Where((_, c) => c != at)] } : null;
    }

    /// <summary>
    /// "Kategori | | B | B | BB" under "Total | | 65,00 | 67,25 | 70,07": a row without figures printed with its empty cell
    /// where the row above had its gap, and filled only in columns the fellows fill once it is out, spans the same cells.
    /// </summary>
    private static bool PrintedLikeRowAbove(ReportLine row, int gap, IReadOnlyList<ReportLine> fellows) =>
        gap > 0 && IsEmpty(row.Cells[gap]) && !IsEmpty(row.Cells[gap - 1])
        && row.Cells.Where((_, c) => c != gap).Select((cell, c) => IsEmpty(cell) || IsFilled(fellows, c)).All(fits => fits);

    /// <summary>
    /// "2 | Meningkatnya Kualitas | Indeks Kepuasan ... | | Indeks | 82,00 | ... | Sangat Tinggi" among rows that end in a
    /// sasaran's capaian: a gap pushed the row right and it leaves its last cell, empty, out. Whether every cell of the row
    /// as printed stands under its like; a row that does not is tried without a gap and with its empty last cell.
    /// </summary>
    private static bool FitsAsPrinted(ReportLine row, IReadOnlyList<ReportLine> fellows) =>
        Enumerable.Range(1, row.Cells.Count - 1).All(c => Fits(row.Cells[c], fellows, c));

    /// <summary>
    /// "Uraian | | U1 | U2 | U3" over rows of figures a cell narrower: a first row of labels, every cell filled but one empty
    /// cell after a filled one, is the table's own header read as a row; the place of that empty cell, else null.
    /// </summary>
    private static int? LabelsWithOneGap(ReportLine row)
    {
        var empty = Enumerable.Range(0, row.Cells.Count).Where(c => IsEmpty(row.Cells[c])).ToList();
        return empty is [var gap] && gap > 0 && !IsEmpty(row.Cells[gap - 1]) ? gap : null;
    }

    private static int GapIndex(ReportLine row, ReportLine gapless) =>
        Enumerable.Range(0, gapless.Cells.Count).FirstOrDefault(c => row.Cells[c] != gapless.Cells[c], gapless.Cells.Count);

    /// <summary>
    /// "1. | Terpenuhinya ... | | Persentase ... | % | 100" among rows printed without the gap: a cell printed wider than its
    /// column left an empty one after it. The row without the one empty cell after a filled one whose taking out puts every
    /// cell after the row's number under its like in the <paramref name="fellows"/>: names under names, figures under
    /// figures (a column they leave empty, as under a sasaran printed on its first row only, takes anything, though a way
    /// that fills fewer such columns goes first); none if no way, or more than one, is found. A row whose name is split over
    /// two cells is left to be joined: no empty cell's taking out puts its pieces under their like.
    /// </summary>
    private static ReportLine? WithoutGap(ReportLine row, IReadOnlyList<ReportLine> fellows)
    {
        var fitting = Enumerable.Range(1, row.Cells.Count - 1)
            .Where(i => IsEmpty(row.Cells[i]) && !IsEmpty(row.Cells[i - 1]))
            .Select(i => (List<string>)[.. row.Cells.Where((_, c) => c != i)])
            .Where(cells => Enumerable.Range(1, cells.Count - 1).All(c => Fits(cells[c], fellows, c)))
            .DistinctBy(cells => string.Join('\t', cells))
            .GroupBy(cells => Enumerable.Range(0, cells.Count).Count(c => !IsEmpty(cells[c]) && !IsFilled(fellows, c)))
            .MinBy(g => g.Key)?.ToList() ?? [];
        return fitting.Count == 1 ? row with { Cells = fitting[0] } : null;
    }

    // A name under names, a figure under figures, or anything under a column the fellows leave empty;
    // a word alone ("Kelurahan") may be a satuan as well as a name's piece.
    private static bool Fits(string cell, IReadOnlyList<ReportLine> fellows, int column) =>
        IsEmpty(cell) || !IsFilled(fellows, column)
        || IsFigure(cell) == HoldsFigures(fellows, column) && (IsWords(cell) == IsWordsColumn(fellows, column) || IsOneWord(cell));

    private static bool IsOneWord(string cell) => !Markup.Strip(cell).Trim().Contains(' ', StringComparison.Ordinal);

    // Most of the rows that print something in the column print a figure there.
    internal static bool HoldsFigures(IReadOnlyList<ReportLine> rows, int column)
    {
        var filled = rows.Where(r => column < r.Cells.Count && !IsEmpty(r.Cells[column])).ToList();
        return filled.Count > 0 && filled.Count(r => IsFigure(r.Cells[column])) * 2 > filled.Count;
    }

    private static bool IsFigure(string cell) => RowShapes.IsDataNumber(Markup.Strip(cell));

    private static bool IsFilled(IReadOnlyList<ReportLine> rows, int column) =>
        rows.Any(r => column < r.Cells.Count && !IsEmpty(r.Cells[column]));

    internal static bool IsEmpty(string cell) => Markup.Strip(cell).Trim().Length == 0;
}
