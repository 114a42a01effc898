using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

/// <summary>
/// Cells the converter split or dropped that the header keeps, moving every figure of the row out of its column. In a row
/// longer than its header a percent sign in a cell of its own after a figure ("95 | % | 97 | %") goes back to its figure, and
/// a currency before an amount ("Rp | 1.200.000") to its amount;
/// in a row longer than the header its fellow rows keep to, the text cells right after a name ("Persentase usulan
/// musrenbang | kelurahan yang terakomodir") are joined back into the name, where its pieces end under a column of
/// figures (so in a row that prints its last figure a cell past most rows, and in a table of one row by its header); a row one cell short whose satuan cell holds
/// a figure ("2 | Persentase usulan ... | 60 | 45 | 75" under "No | Indikator | Satuan | Target | Realisasi | Capaian")
/// gets its empty satuan cell back (an empty cell a row has that its fellows do not is taken out before, by
/// <see cref="WithoutGaps"/>); a row one cell short whose name cell begins with its number ("1. Indeks Kepuasan
/// Masyarakat") under a "No" column has the number split off into that column.
/// </summary>
internal static partial class SplitCells
{
    public static IReadOnlyList<ReportLine> Join(IReadOnlyList<ReportLine> headers, IReadOnlyList<ReportLine> rows)
    {
        if (headers.Count == 0)
        {
            return rows;
        }

        var width = headers.Max(h => h.Cells.Count);
        var satuan = SatuanColumn(headers);
        var numbered = HasNumberColumn(headers);
        List<ReportLine> fitted = [.. rows.Select(r => r.Cells.Count > width ? WithPercentSigns(r)
            : numbered && r.Cells.Count < width && NumberedName().Match(r.Cells[0]) is { Success: true } numberedName
                ? r with { Cells = [numberedName.Groups["number"].Value, numberedName.Groups["name"].Value, .. r.Cells.Skip(1)] }
            : IsShiftedLeft(r, satuan, width) ? r with { Cells = [.. r.Cells.Take(satuan), string.Empty, .. r.Cells.Skip(satuan)] }
            : r)];

        // A name is joined back only in a row longer than most: a header shorter than all its rows is another matter.
        if (fitted is [{ } only] && only.Cells.Count > width)
        {
            // A table of one row: the header tells where the name's pieces end, under a column of figures, or the name breaks off.
            var extra = only.Cells.Count - width;
            return [Joined(only, extra, at => IsFiguresColumn(headers, at + extra) || BreaksOff(only, at, extra), firstRunElse: false)];
        }

        if (fitted.Count < 2 || fitted.Count(r => r.Cells.Count <= width) * 2 < fitted.Count)
        {
            return fitted;
        }

        var fellows = fitted.Where(r => r.Cells.Count == width).ToList();
        var usual = fitted.GroupBy(FilledWidth).MaxBy(g => g.Count())!;
        var alike = usual.Count() * 2 > fitted.Count ? usual.ToList() : [];
        return [.. fitted.Select(r => r.Cells.Count > width ? JoinedAmong(r, r.Cells.Count - width, fellows, firstRunElse: true)
            : alike.Count > 0 && FilledWidth(r) > usual.Key ? JoinedAmong(r, FilledWidth(r) - usual.Key, alike, firstRunElse: false)
            : r)];
    }

    /// <summary>The row's name joined where its pieces end in a column the <paramref name="fellows"/> print no words in.</summary>
    private static ReportLine JoinedAmong(ReportLine row, int extra, IReadOnlyList<ReportLine> fellows, bool firstRunElse) =>
        Joined(row, extra, at => !IsWordsColumn(fellows, at + extra), firstRunElse);

    /// <summary>
    /// The cells up to the row's last filled one: a row whose name is split prints its last figure a cell further than most
    /// rows, though the empty column the others end in ("99,98 | - | - | -") was dropped and left it no longer than the header.
    /// </summary>
    private static int FilledWidth(ReportLine row) => row.Cells.ToList().FindLastIndex(c => Markup.Strip(c).Trim().Length > 0) + 1;

    private static int SatuanColumn(IReadOnlyList<ReportLine> headers) =>
        headers.Select(h => h.Cells.ToList().FindIndex(c => NameKey.Of(Markup.Strip(c)) is var key && (key.StartsWith("satuan", StringComparison.Ordinal) || key == "sat")))
            .FirstOrDefault(i => i >= 0, -1);

    // "No", "Nomor", "NO (1)" with its column number: a number column, as the column classifier names it.
    private static bool HasNumberColumn(IReadOnlyList<ReportLine> headers) =>
        headers.Any(h => h.Cells.Count > 1
            && ColumnClassifier.Classify([ColumnNumberAfter().Replace(Markup.Strip(h.Cells[0]), string.Empty)]).Role == ColumnRole.RowNumber);

    [GeneratedRegex(@"\s*\(\d{1,2}\)\s*$")]
    private static partial Regex ColumnNumberAfter();

    // "1. Indeks Kepuasan Masyarakat", "2) Persentase ...", "IV. Program ...", "1 Indeks Kepuasan Masyarakat": a numbering,
    // then a name, perhaps in italics ("1 <i>Perencanaan ...</i>"); after a bare number, a name in capitals ("3 tahun
    // terakhir" is no numbered name).
    [GeneratedRegex(@"^\s*(?:(?<number>(?:\d{1,3}|[IVX]{1,4}|[a-z])[.)])\s+(?<name>(?:<[a-z]+>|\*{1,3})?\p{L}.*)|(?<number>\d{1,3})\s+(?<name>(?:<[a-z]+>|\*{1,3})?\p{Lu}.*))$")]
    private static partial Regex NumberedName();

    private static bool IsShiftedLeft(ReportLine row, int satuan, int width) =>
        satuan >= 0 && satuan + 1 < width && row.Cells.Count == width - 1
        && row.Cells.Skip(satuan).All(c => RowShapes.IsDataNumber(Markup.Strip(c)));

    private static ReportLine WithPercentSigns(ReportLine row)
    {
        var cells = new List<string>();
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var cell = row.Cells[i];
            var sign = Markup.Strip(cell).Trim();
            if (sign == "%" && cells.Count > 0 && RowShapes.IsDataNumber(cells[^1]))
            {
                cells[^1] = cells[^1].TrimEnd() + " %";
            }
            else if (RowShapes.IsCurrencySign(sign) && i + 1 < row.Cells.Count && RowShapes.IsDataNumber(row.Cells[i + 1]))
            {
                cells.Add($"{sign} {row.Cells[i + 1].Trim()}");
                i++;
            }
            else
            {
                cells.Add(cell);
            }
        }

        return cells.Count < row.Cells.Count ? row with { Cells = cells } : row;
    }

    /// <summary>
    /// The first run of word cells, one more than <paramref name="extra"/>, that <paramref name="joinsAt"/> accepts by its
    /// first cell, joined into one name: say, the run whose last piece stands where the rows as wide as the header print no
    /// words ("Meningkatnya partisipasi ... | Persentase usulan musrenbang | kelurahan yang terakomodir | 60" joins the
    /// indicator's pieces, not the sasaran and the indicator's first words). Failing that, the first run of all, if
    /// <paramref name="firstRunElse"/>.
    /// </summary>
    private static ReportLine Joined(ReportLine row, int extra, Func<int, bool> joinsAt, bool firstRunElse)
    {
        var runs = Enumerable.Range(0, Math.Max(row.Cells.Count - extra, 0))
            .Where(i => Enumerable.Range(i, extra + 1).All(k => IsWords(row.Cells[k]))).ToList();
        var found = runs.FindIndex(i => joinsAt(i));
        var at = found >= 0 ? runs[found] : firstRunElse && runs.Count > 0 ? runs[0] : -1;
        if (at < 0)
        {
            return row;
        }

        var name = string.Join(' ', row.Cells.Skip(at).Take(extra + 1).Select(c => c.Trim()));
        return row with { Cells = [.. row.Cells.Take(at), name, .. row.Cells.Skip(at + extra + 1)] };
    }

    // "Meningkatnya Akuntabilitas Keuangan | dan Kinerja Perangkat Daerah": a piece breaks off, or the next goes on in lower case.
    private static bool BreaksOff(ReportLine row, int at, int extra) =>
        Enumerable.Range(at, extra).Any(k => RowShapes.EndsMidName(Markup.Strip(row.Cells[k]).Trim())
            || Markup.Strip(row.Cells[k + 1]).Trim() is [var first, ..] && char.IsLower(first));

    // Most of the rows that print something in the column print words there; rows left empty there tell nothing.
    private static bool IsWordsColumn(IReadOnlyList<ReportLine> rows, int column)
    {
        var filled = rows.Where(r => column < r.Cells.Count && Markup.Strip(r.Cells[column]).Trim().Length > 0).ToList();
        return filled.Count > 0 && filled.Count(r => IsWords(r.Cells[column])) * 2 > filled.Count;
    }

    // "Satuan": a header naming the figures' unit, or the figures.
    private static bool IsFiguresColumn(IReadOnlyList<ReportLine> headers, int column) =>
        RoleOf(headers, column) is ColumnRole.Satuan || NamesFigures(headers, column);

    // "TARGET AKHIR RENSTRA", "REALISASI Th. 2021": a header naming figures.
    internal static bool NamesFigures(IReadOnlyList<ReportLine> headers, int column) =>
        RoleOf(headers, column) is ColumnRole.Target or ColumnRole.RenstraTarget or ColumnRole.Realization or ColumnRole.Baseline
            or ColumnRole.Capaian or ColumnRole.CapaianRenstra or ColumnRole.Pagu or ColumnRole.BudgetRealisasi or ColumnRole.BudgetPercent
            or ColumnRole.YearValue or ColumnRole.Value;

    internal static ColumnRole RoleOf(IReadOnlyList<ReportLine> headers, int column) =>
        ColumnClassifier.Classify([.. headers.Where(h => column < h.Cells.Count).Select(h => Markup.Strip(h.Cells[column]))]).Role;

    // A piece of a name: words, not a figure, a unit or a numbering.
    private static bool IsWords(string cell) =>
        Markup.Strip(cell).Trim() is { Length: > MaxUnitLength } text && !RowShapes.IsDataNumber(text) && text.Any(char.IsLetter);

    // "Dokumen", "Persen", "Indeks": a satuan cell is short; a piece of a wrapped name is longer.
    private const int MaxUnitLength = 8;
}
