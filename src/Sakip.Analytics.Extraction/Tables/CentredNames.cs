using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

/// <summary>
/// A name whose figures (and number) stand on its second line, as a converter prints a table whose cells are centred: the
/// name's first words on a line of their own above them ("| Penanganan Pengaduan, | |" then "U9 | Saran dan Masukan | 3,29").
/// The line above begins the row's name when it holds words only, in cells the row below goes on in, and breaks off where
/// no name can end, or the row below goes on in lower case, or it opens with what an indicator measures over words that do
/// not; in a table printing nearly every name so, every such pair is one name. The joined row keeps the line of its figures. A name wrapped
/// over three lines and more is left to the table's reader.
/// </summary>
internal static partial class CentredNames
{
    public static IReadOnlyList<ReportLine> Join(IReadOnlyList<ReportLine> rows)
    {
        var everyName = AreAllCentred(rows);
        var joined = new List<ReportLine>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (i + 1 < rows.Count && (BeginsNameBelow(rows[i], rows[i + 1]) || everyName && IsFirstHalf(rows[i], rows[i + 1]) || BeginsMeasureBelow(rows, i))
                && !(i > 0 && GoesOnFrom(rows[i - 1], rows[i])))
            {
                joined.Add(Joined(rows[i], rows[i + 1]));
                i++;
                continue;
            }

            joined.Add(rows[i]);
        }

        return joined;
    }

    /// <summary>
    /// The head is a name's first words, and the row below goes on with the rest: the head breaks off where no name can
    /// end, or the row goes on in lower case.
    /// </summary>
    public static bool BeginsNameBelow(ReportLine head, ReportLine row)
    {
        if (!IsFirstHalf(head, row))
        {
            return false;
        }

        var last = NameCells(head, row)[^1];
        return RowShapes.EndsMidName(Text(head.Cells[last])) || char.IsLower(Text(row.Cells[last])[0]);
    }

    /// <summary>
    /// The line at <paramref name="at"/> is a name's first words over the rest of it and its figures, by
    /// <see cref="BeginsNameBelow"/> or by the measure it opens with: a row, not a header's line.
    /// </summary>
    public static bool BeginsRowBelow(IReadOnlyList<ReportLine> rows, int at) =>
        at + 1 < rows.Count && (BeginsNameBelow(rows[at], rows[at + 1]) || BeginsMeasureBelow(rows, at));

    /// <summary>
    /// Words in one cell only, past the first, over a row of figures that goes on with words in that cell ("| Program
    /// Penyelenggaraan |" over "1 | Pemerintahan dan Pelayanan Publik | Rp. | 35.429.500"): a name's first words or a
    /// heading over the row, never a header, which names more than one column.
    /// </summary>
    public static bool IsLoneCellOverRow(ReportLine head, ReportLine row) =>
        IsFirstHalf(head, row) && Filled(head) is [> 0];

    /// <summary>
    /// "| Persentase Pelaksanaan Pelimpahan |" over "3. | Kewenangan Kepada Camat | 100 | 99,99": the head opens with what an
    /// indicator measures, the row's words open with no measure nor name a place or part of the unit, and no further row of
    /// such words follows, as under an indicator measured by area ("Persentase ..." over "Kecamatan A | 90", "Kecamatan B | 85").
    /// </summary>
    private static bool BeginsMeasureBelow(IReadOnlyList<ReportLine> rows, int at)
    {
        if (at + 1 >= rows.Count || !IsFirstHalf(rows[at], rows[at + 1]) || NameCells(rows[at], rows[at + 1]) is not [var cell])
        {
            return false;
        }

        var rest = Names.Clean(rows[at + 1].Cells[cell]);
        return MeasureWord().IsMatch(Names.Clean(rows[at].Cells[cell])) && !MeasureWord().IsMatch(rest) && !PlaceOrPart().IsMatch(rest)
            && !(at + 2 < rows.Count && HasFigures(rows[at + 2]) && rows[at + 2].Cells.Count > cell && IsWords(rows[at + 2].Cells[cell])
                && !MeasureWord().IsMatch(Names.Clean(rows[at + 2].Cells[cell])));
    }

    /// <summary>"Persentase ...", "Indeks ...", "Rata-rata ...": a name that begins as an indicator's does.</summary>
    internal static bool IsMeasureName(string text) => MeasureWord().IsMatch(Names.Clean(text));

    [GeneratedRegex(@"^(persentase|prosentase|jumlah|indeks|nilai|tingkat|rasio|angka|cakupan|proporsi|rata-?rata|rerata)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureWord();

    [GeneratedRegex(@"^(kecamatan|kelurahan|desa|kota|kabupaten|bidang|seksi|sub ?bagian|subbag|bagian|sekretariat|upt|uptd|pos|sektor|wilayah|regu|dinas|badan|total|rata)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceOrPart();

    /// <summary>Words only, in cells the row of figures right below goes on with words: maybe a name's first line, maybe a heading.</summary>
    private static bool IsFirstHalf(ReportLine head, ReportLine row)
    {
        var words = NameCells(head, row);
        return row.Number == head.Number + 1 && words.Count is 1 or 2 && HasFigures(row)
            && words.TrueForAll(i => IsWords(head.Cells[i]) && i < row.Cells.Count && IsWords(row.Cells[i]))
            && !HeadingLabel().IsMatch(Text(head.Cells[words[0]]));
    }

    /// <summary>
    /// The head's cells that print words, without its numbers when the row below has none: a converter may print a row's
    /// number (and code) on its first line ("9 | U9 | Penanganan Pengaduan, |") and its figures on the second ("| | Saran dan
    /// Masukan | 3,29").
    /// </summary>
    private static List<int> NameCells(ReportLine head, ReportLine row)
    {
        var filled = Filled(head);
        var numbers = 0;
        while (numbers < filled.Count && filled[numbers] == numbers && RowShapes.IsRowLabel(head.Cells[numbers])
            && (row.Cells.Count <= numbers || Text(row.Cells[numbers]).Length == 0))
        {
            numbers++;
        }

        return filled[numbers..];
    }

    /// <summary>
    /// A table printing nearly every row's name over two lines, its figures on the second: three such pairs or more, at least
    /// two thirds of the rows with figures, and one of them surely a name (<see cref="BeginsNameBelow"/>). Then a pair
    /// breaking off at no joining word ("Koordinasi Penyelenggaraan" over "1.1 | Kegiatan Pemerintahan di | 5.546.900") is one
    /// name too, where a heading over each row alone would break off nowhere.
    /// </summary>
    private static bool AreAllCentred(IReadOnlyList<ReportLine> rows)
    {
        var pairs = Enumerable.Range(0, Math.Max(rows.Count - 1, 0)).Where(i => IsFirstHalf(rows[i], rows[i + 1]) && !(i > 0 && GoesOnFrom(rows[i - 1], rows[i]))).ToList();
        var withFigures = rows.Count(HasFigures);
        return pairs.Count >= 3 && pairs.Count * 3 >= withFigures * 2 && pairs.Exists(i => BeginsNameBelow(rows[i], rows[i + 1]));
    }

    [GeneratedRegex(@"^(sasaran|tujuan|indikator|misi|urusan|bidang)\b|:", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingLabel();

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
        var cells = row.Cells.Select((cell, i) => i < head.Cells.Count && Text(head.Cells[i]).Length > 0 ? WrappedText.Join(Text(head.Cells[i]), Text(cell)) : cell).ToList();
        return row with { Text = string.Join('\t', cells), Cells = cells };
    }

    private static List<int> Filled(ReportLine row) => [.. Enumerable.Range(0, row.Cells.Count).Where(i => Text(row.Cells[i]).Length > 0)];

    private static string Text(string cell) => Markup.Strip(cell).Trim();
}
