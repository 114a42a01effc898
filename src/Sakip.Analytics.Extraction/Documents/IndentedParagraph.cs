using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Documents;

/// <summary>
/// A paragraph the converter indented with a tab ("\tPada tahun 2023 realisasi IKM ..."), or a list item with a tab after
/// its number or bullet ("2.\tCapaian realisasi ...", "1.\tPerencanaan, Penganggaran dan Evaluasi Kinerja"): two cells, the
/// second words. With the items of its list around it and no table row right above or below them, it is prose. Beside a row
/// of three cells or more, the same shape is the rest of that row's name; so is a labelled heading ("Sasaran: ...") between
/// rows of one table spaced by blank lines.
/// </summary>
internal static class IndentedParagraph
{
    private const int MinWordsIndented = 8;

    private const int MinWordsListed = 2;

    private const int MinCellsOfTableRow = 3;

    /// <param name="raw">The report's lines as printed.</param>
    /// <param name="cells">The cells of each line (none for a line of text).</param>
    public static bool Is(IReadOnlyList<string> raw, IReadOnlyList<IReadOnlyList<string>> cells, int index)
    {
        if (!IsShaped(cells[index]))
        {
            return false;
        }

        var first = index;
        while (first > 0 && IsShaped(cells[first - 1]))
        {
            first--;
        }

        var last = index;
        while (last + 1 < cells.Count && IsShaped(cells[last + 1]))
        {
            last++;
        }

        return !IsTableRow(cells, first - 1) && !IsTableRow(cells, last + 1)
            && !(first == last && LabelledStatement.Is(cells[first][1]) && IsWithinOneTable(cells, NearestRow(raw, cells, first, -1), NearestRow(raw, cells, last, 1)));
    }

    /// <summary>
    /// Rows on both sides, past blank lines, of one table's shape: as wide as each other give or take a cell, and money in
    /// both or in neither ("Sasaran 1 : ..." between a PK's indicators and its budget list heads the list, apart).
    /// </summary>
    private static bool IsWithinOneTable(IReadOnlyList<IReadOnlyList<string>> cells, int above, int below) =>
        IsTableRow(cells, above) && IsTableRow(cells, below) && Math.Abs(cells[above].Count - cells[below].Count) <= 1
        && MoneyCells.Any(cells[above]) == MoneyCells.Any(cells[below]);

    /// <summary>The nearest line past blank lines and the short rests of names wrapped under a row ("\tJam Pelajaran").</summary>
    private static int NearestRow(IReadOnlyList<string> raw, IReadOnlyList<IReadOnlyList<string>> cells, int from, int step)
    {
        var at = from + step;
        while (at >= 0 && at < raw.Count && (string.IsNullOrWhiteSpace(raw[at]) || IsNameRest(cells[at])))
        {
            at += step;
        }

        return at;
    }

    private static bool IsNameRest(IReadOnlyList<string> line) =>
        line.Count == 2 && line[0].Length == 0 && line[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinWordsIndented;

    private static bool IsShaped(IReadOnlyList<string> line)
    {
        if (line.Count != 2 || line[1].Length == 0 || !line[1].Any(char.IsLetter))
        {
            return false;
        }

        var words = line[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return line[0].Length == 0 ? words >= MinWordsIndented : IsListMarker(line[0]) && words >= MinWordsListed;
    }

    private static bool IsTableRow(IReadOnlyList<IReadOnlyList<string>> cells, int index) =>
        index >= 0 && index < cells.Count && cells[index].Count >= MinCellsOfTableRow;

    // "1.", "a)", "(2)", "•"; a dash alone is read as an empty cell.
    private static bool IsListMarker(string cell) =>
        cell is "•" or "●" or "▪" or "◦" or "*" || Names.EnumeratorOf(cell) is not null && cell.Length <= 5;
}
