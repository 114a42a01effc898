using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class IndicatorTableReader
{
    private static readonly ColumnRole[] NameRoles =
    [
        ColumnRole.Tujuan, ColumnRole.Sasaran, ColumnRole.Program, ColumnRole.Kegiatan, ColumnRole.SubKegiatan,
        ColumnRole.ProgramOrKegiatan, ColumnRole.Name, ColumnRole.Indicator, ColumnRole.Satuan,
    ];

    private static readonly string[] HeadingWords = ["sasaran", "tujuan", "program", "kegiatan", "sub kegiatan", "indikator", "jumlah", "total", "rata rata"];

    /// <summary>
    /// The data rows with each name wrapped over several lines read whole. A line without figures, without
    /// a number and with text only in name columns, right below a row of figures, continues that row's
    /// names ("Persentase ASN yang Memenuhi Standar" / "Kompetensi Jabatan"). A line without figures right
    /// above an unnumbered row of figures begins its names when the names are centred on the figures
    /// ("1 | Program Penunjang Urusan | Persentase Dokumen Perencanaan" / "| Pemerintahan Daerah | dan
    /// Pelaporan Kinerja ... | % | 100"): it fills two name columns, or a name the row below carries on
    /// in lower case.
    /// </summary>
    private static List<ReportLine> WithWrappedNamesJoined(TextTable table)
    {
        var nameColumns = table.Columns.Where(c => NameRoles.Contains(c.Role)).Select(c => c.Index).ToHashSet();
        // "Sangat" over "Tinggi" in the category column wraps beside the names.
        var wrappingColumns = table.Columns.Where(c => NameRoles.Contains(c.Role) || c.Role == ColumnRole.Category).Select(c => c.Index).ToHashSet();
        var valueColumns = table.Columns.Where(c => !NameRoles.Contains(c.Role) && c.Role is not (ColumnRole.RowNumber or ColumnRole.Code or ColumnRole.Unit or ColumnRole.Unknown))
            .Select(c => c.Index).ToList();
        // A target given as a grade ("B") is a figure too: the line printing it is the row's.
        bool HasFigures(ReportLine row) => valueColumns.Exists(c => table.TryValue(row, c, out var value) && (value.HasNumber || value.Grade is not null));
        var rows = new List<ReportLine>();
        var lastLine = 0;
        ReportLine? head = null;
        foreach (var printed in table.DataRows)
        {
            var row = WithContinuation(table, printed, nameColumns);
            var hasFigures = HasFigures(row);

            // A name wrapped over three lines and more, its figures on the last: the lines above them gather into one head.
            if (head is not null && !hasFigures && row.Number == head.Number + 1 && ContinuesNames(table, row, head, wrappingColumns))
            {
                head = Joined(head, row) with { Number = row.Number };
                continue;
            }

            if (head is not null)
            {
                var begins = hasFigures && row.Number == head.Number + 1 && BeginsNames(head, row, nameColumns, valueColumns);
                rows.Add(begins ? Joined(head, row) with { Number = row.Number } : head);
                head = null;
                if (begins)
                {
                    lastLine = row.Number;
                    continue;
                }
            }

            if (!hasFigures && rows.Count > 0 && row.Number == lastLine + 1 && HasFigures(rows[^1]) && ContinuesNames(table, row, rows[^1], wrappingColumns))
            {
                rows[^1] = Joined(rows[^1], row);
                lastLine = row.Number;
                continue;
            }

            if (!hasFigures && FilledCells(row).Exists(nameColumns.Contains))
            {
                head = row;
                continue;
            }

            rows.Add(row);
            lastLine = row.Number;
        }

        if (head is not null)
        {
            rows.Add(head);
        }

        return rows;
    }

    private static bool BeginsNames(ReportLine head, ReportLine row, HashSet<int> nameColumns, List<int> valueColumns)
    {
        var headNames = FilledCells(head).Where(nameColumns.Contains).ToList();
        var rowNames = FilledCells(row).Where(nameColumns.Contains).ToHashSet();
        var numbered = FilledCells(row).Exists(i => !valueColumns.Contains(i) && Names.EnumeratorOf(Markup.Strip(row.Cells[i])) is not null);
        var shared = headNames.Where(rowNames.Contains).ToList();
        return !numbered && shared.Count > 0
            && !headNames.Exists(i => GoalLabel().IsMatch(Markup.Strip(head.Cells[i]).Trim())) && !OwnEnumerator().IsMatch(Markup.Strip(row.Cells[shared[0]]))
            && (headNames.Count >= 2 || char.IsLower(Markup.Strip(row.Cells[shared[0]]).TrimStart().FirstOrDefault()));
    }

    /// <summary>"a. Persentase ...", "2) Jumlah ...": a name that opens with its own enumerator begins there, below a heading row such as "Sasaran: ...".</summary>
    [GeneratedRegex(@"^\s*(?:[a-z]|\d{1,2})[.)]\s+\S")]
    private static partial Regex OwnEnumerator();

    private static List<int> FilledCells(ReportLine row) =>
        [.. Enumerable.Range(0, row.Cells.Count).Where(i => Markup.Strip(row.Cells[i]).Trim().Length > 0)];

    /// <summary>
    /// Whether a line of words only carries on the names of the line above: no heading starts in it, except a goal's
    /// statement under its bare label ("SASARAN 1 :" over "Meningkatnya kualitas").
    /// </summary>
    private static bool ContinuesNames(TextTable table, ReportLine row, ReportLine above, HashSet<int> wrappingColumns)
    {
        var filled = FilledCells(row);
        return filled.Count > 0
            && filled.TrueForAll(wrappingColumns.Contains)
            && filled.TrueForAll(i => Names.EnumeratorOf(Markup.Strip(row.Cells[i])) is null && !RowShapes.IsDataNumber(Markup.Strip(row.Cells[i]).Trim()))
            && !filled.Exists(i => IsHeading(table.Cell(row, i)) && !IsBareGoalLabel(table.Cell(above, i)));
    }

    private static bool IsBareGoalLabel(string cell) =>
        Markup.Strip(cell).Trim() is { Length: > 0 } text && GoalLabel().Match(text) is { Success: true } label && label.Length == text.Length;

    /// <summary>A heading word ("Sasaran ...", "Jumlah") or a goal's statement ("Meningkatnya Akuntabilitas Kinerja"): no name wraps onto it.</summary>
    private static bool IsHeading(string cell)
    {
        var key = NameKey.Of(cell);
        return HeadingWords.Any(w => key == w || key.StartsWith(w + " ", StringComparison.Ordinal)) || SasaranStatement().IsMatch(NameKey.WithoutEnumerator(key));
    }

    /// <summary>
    /// The row with the text the conversion printed without cells under it (<see cref="TextTable.Continuations"/>) added to
    /// its indicator's name, or else to the last name it prints (not its satuan).
    /// </summary>
    private static ReportLine WithContinuation(TextTable table, ReportLine row, HashSet<int> nameColumns)
    {
        var names = FilledCells(row).Where(i => nameColumns.Contains(i) && table.Columns.FirstOrDefault(c => c.Index == i)?.Role != ColumnRole.Satuan).ToList();
        var indicator = names.Where(i => table.Columns.FirstOrDefault(c => c.Index == i)?.Role == ColumnRole.Indicator).DefaultIfEmpty(-1).First();
        if (!table.Continuations.TryGetValue(row.Number, out var more) || (indicator >= 0 ? indicator : names.DefaultIfEmpty(-1).Max()) is not (>= 0 and var last))
        {
            return row;
        }

        var cells = row.Cells.ToList();
        cells[last] = WrappedText.Join(cells[last], more);
        return row with { Cells = cells };
    }

    private static ReportLine Joined(ReportLine head, ReportLine continuation)
    {
        var width = Math.Max(head.Cells.Count, continuation.Cells.Count);
        var cells = Enumerable.Range(0, width).Select(i =>
        {
            var top = i < head.Cells.Count ? head.Cells[i] : string.Empty;
            var more = i < continuation.Cells.Count ? continuation.Cells[i].Trim() : string.Empty;
            return more.Length == 0 ? top : top.Length == 0 ? more : WrappedText.Join(top, more);
        }).ToList();
        return head with { Cells = cells };
    }
}
