using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

/// <summary>
/// A name whose figures (and number) stand on its second line, as a converter prints a table whose cells are centred: the
/// name's first words on a line of their own above them ("| Penanganan Pengaduan, | |" then "U9 | Saran dan Masukan | 3,29").
/// The line above begins the row's name when it holds words only, in cells the row below goes on in, and breaks off where
/// no name can end or the row below goes on in lower case. The joined row keeps the line of its figures. A name wrapped
/// over three lines and more is left to the table's reader.
/// </summary>
internal static class CentredNames
{
    public static IReadOnlyList<ReportLine> Join(IReadOnlyList<ReportLine> rows)
    {
        var joined = new List<ReportLine>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (i + 1 < rows.Count && BeginsNameBelow(rows[i], rows[i + 1]) && !(i > 0 && GoesOnFrom(rows[i - 1], rows[i])))
            {
                joined.Add(Joined(rows[i], rows[i + 1]));
                i++;
                continue;
            }

            joined.Add(rows[i]);
        }

        return joined;
    }

    private static bool BeginsNameBelow(ReportLine head, ReportLine row)
    {
        var words = Filled(head);
        if (row.Number != head.Number + 1 || words.Count is 0 or > 2 || !HasFigures(row))
        {
            return false;
        }

        return words.TrueForAll(i => IsWords(head.Cells[i]) && i < row.Cells.Count && IsWords(row.Cells[i]))
            && (RowShapes.EndsMidName(Text(head.Cells[words[^1]])) || char.IsLower(Text(row.Cells[words[^1]])[0]));
    }

    /// <summary>
    /// The line right above, without figures, printing words where the head does: the head goes on with a name wrapped
    /// over three lines and more, gathered by the table's reader.
    /// </summary>
    private static bool GoesOnFrom(ReportLine above, ReportLine head) =>
        above.Number == head.Number - 1 && !HasFigures(above)
        && Filled(head).Exists(i => i < above.Cells.Count && Text(above.Cells[i]).Length > 0);

    /// <summary>A figure after the row's first cell (which may be its number).</summary>
    private static bool HasFigures(ReportLine row) => Filled(row).Skip(1).Any(i => RowShapes.IsDataNumber(row.Cells[i]));

    private static bool IsWords(string cell) =>
        Text(cell) is { Length: > 0 } text && !RowShapes.IsDataNumber(text) && !RowShapes.IsCode(text) && Names.EnumeratorOf(text) is null
        && text.Any(char.IsLetter);

    private static ReportLine Joined(ReportLine head, ReportLine row)
    {
        var cells = row.Cells.Select((cell, i) => i < head.Cells.Count && Text(head.Cells[i]).Length > 0 ? $"{Text(head.Cells[i])} {Text(cell)}" : cell).ToList();
        return row with { Text = string.Join('\t', cells), Cells = cells };
    }

    private static List<int> Filled(ReportLine row) => [.. Enumerable.Range(0, row.Cells.Count).Where(i => Text(row.Cells[i]).Length > 0)];

    private static string Text(string cell) => Markup.Strip(cell).Trim();
}
