namespace Sakip.Analytics.Extraction.Documents;

/// <summary>
/// A paragraph the converter indented with a tab ("\tPada tahun 2023 realisasi IKM ..."), or a list item with a tab after
/// its number or bullet ("2.\tCapaian realisasi ..."): two cells, the second a sentence, and no table row right above or
/// below it. It is prose. Beside a row of three cells or more, the same shape is the rest of that row's name.
/// </summary>
internal static class IndentedParagraph
{
    private const int MinWords = 8;

    private const int MinCellsOfTableRow = 3;

    public static bool Is(IReadOnlyList<IReadOnlyList<string>> cells, int index)
    {
        var line = cells[index];
        if (line.Count != 2 || !(line[0].Length == 0 || IsListMarker(line[0]))
            || line[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinWords)
        {
            return false;
        }

        return !IsTableRow(cells, index - 1) && !IsTableRow(cells, index + 1);
    }

    private static bool IsTableRow(IReadOnlyList<IReadOnlyList<string>> cells, int index) =>
        index >= 0 && index < cells.Count && cells[index].Count >= MinCellsOfTableRow;

    // "1.", "a)", "(2)", "-", "•".
    private static bool IsListMarker(string cell) =>
        cell is "-" or "•" or "●" or "▪" or "◦" or "*" or "–"
        || Text.Names.EnumeratorOf(cell) is not null && cell.Length <= 5;
}
