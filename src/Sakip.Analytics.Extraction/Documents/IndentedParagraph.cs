namespace Sakip.Analytics.Extraction.Documents;

/// <summary>
/// A paragraph the converter indented with a tab ("\tPada tahun 2023 realisasi IKM ..."), or a list item with a tab after
/// its number or bullet ("2.\tCapaian realisasi ...", "1.\tPerencanaan, Penganggaran dan Evaluasi Kinerja"): two cells, the
/// second words. With the items of its list around it and no table row right above or below them, it is prose. Beside a row
/// of three cells or more, the same shape is the rest of that row's name.
/// </summary>
internal static class IndentedParagraph
{
    private const int MinWordsIndented = 8;

    private const int MinWordsListed = 2;

    private const int MinCellsOfTableRow = 3;

    public static bool Is(IReadOnlyList<IReadOnlyList<string>> cells, int index)
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

        return !IsTableRow(cells, first - 1) && !IsTableRow(cells, last + 1);
    }

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
        cell is "•" or "●" or "▪" or "◦" or "*" || Text.Names.EnumeratorOf(cell) is not null && cell.Length <= 5;
}
