using Sakip.Analytics.Extraction.Documents;

namespace Sakip.Analytics.Extraction.Tables;

/// <summary>
/// A row the converter printed without its tabs ("2 Persentase layanan ... tepat waktu % 95 97,50 102,63"), put back into
/// cells after the row beside it: its last figures under that row's last figures, its number under the number, and its
/// words under the one column of words (or the name and a one-word satuan). Where the row beside it leaves any doubt (more
/// figures than columns for them, several columns of words), the row is not read.
/// </summary>
internal static class FlatRows
{
    private const int MinWords = 4;
    private const int MinFigures = 2;

    /// <summary>
    /// "2 Persentase layanan ... tepat waktu % 95 97,50 102,63": a line of words ending in two figures or more, which between
    /// two rows of a table is a row the converter printed without its tabs.
    /// </summary>
    public static bool IsRowWithoutTabs(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= MinWords } words
        && words[^MinFigures..].All(RowShapes.IsDataNumber) && words.Any(w => w.Any(char.IsLetter));

    public static ReportLine? Split(ReportLine flat, ReportLine beside)
    {
        var tokens = flat.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var cells = beside.Cells.Select(c => c.Trim()).ToList();
        var figures = TrailingFigureColumns(cells);
        if (figures.Count == 0 || tokens.Count <= figures.Count || !tokens[^figures.Count..].TrueForAll(RowShapes.IsDataNumber)
            || RowShapes.IsDataNumber(tokens[^(figures.Count + 1)]))
        {
            return null;
        }

        var split = Enumerable.Repeat(string.Empty, cells.Count).ToArray();
        for (var i = 0; i < figures.Count; i++)
        {
            split[figures[i]] = tokens[tokens.Count - figures.Count + i];
        }

        var words = tokens[..^figures.Count];
        var first = figures[0];
        var numbered = IsRowNumber(cells[0]);
        if (numbered && IsRowNumber(words[0]))
        {
            split[0] = words[0];
            words = words[1..];
        }

        // With no number column the name is the row's first cell.
        var from = numbered ? 1 : 0;
        var wordColumns = Enumerable.Range(from, first - from).Where(c => cells[c].Length > 0 && !RowShapes.IsDataNumber(cells[c])).ToList();
        if (words.Count == 0 || wordColumns.Count is 0 or > 2 || wordColumns.Count == 2 && (cells[wordColumns[1]].Contains(' ') || words.Count < 2))
        {
            return null;
        }

        if (wordColumns.Count == 2)
        {
            split[wordColumns[1]] = words[^1];
            words = words[..^1];
        }

        split[wordColumns[0]] = string.Join(' ', words);
        return flat with { Cells = split };
    }

    /// <summary>The columns of the figures that end the row, past its empty last cells, up to its last cell of words.</summary>
    private static List<int> TrailingFigureColumns(List<string> cells)
    {
        var columns = new List<int>();
        for (var c = cells.Count - 1; c > 0; c--)
        {
            if (RowShapes.IsDataNumber(cells[c]))
            {
                columns.Insert(0, c);
            }
            else if (cells[c].Length > 0)
            {
                break;
            }
        }

        return columns;
    }

    private static bool IsRowNumber(string cell) => RowShapes.IsDottedRowNumber(cell) || RowShapes.IsCode(cell) || RowShapes.IsRowLabel(cell);
}
