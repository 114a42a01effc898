using Sakip.Analytics.Extraction.Documents;

namespace Sakip.Analytics.Extraction.Tables;

/// <summary>
/// A header row the converter printed a cell wider than most rows of figures under it, by one empty cell after a label
/// ("SASARAN STRATEGIS | | INDIKATOR KINERJA | TARGET | REALISASI" over rows of four): the empty cell is no column, and every
/// label after it stands over the column to its left. Not where a row numbering the columns, or a row of figures, is as wide
/// without a gap of its own, nor where the rows print their numbers in their names' cells. It is taken out only where each
/// label naming figures then stands over figures and each naming words ("Satuan"), or spanning the columns after it
/// ("Indikator Kinerja | | Target"), over no figures, and no other empty cell would do as well ("| | 2019 | | 2020 | 2021"
/// under "Target" over "IKM | Nilai | 75,00 | 75,25 | 78,00"); an unlabelled column the rows fill ("No | Indikator | |
/// Target" over "1 | IKM | Indeks | 87") keeps its place.
/// </summary>
internal static class StrayHeaderGap
{
    public static List<ReportLine> Drop(IReadOnlyList<ReportLine> headers, IReadOnlyList<ReportLine> rows)
    {
        var withFigures = rows.Where(r => r.Cells.Any(RowShapes.IsDataNumber) && !RowShapes.IsNumberingRow(r)).ToList();
        if (withFigures.Count == 0)
        {
            return [.. headers];
        }

        // The width most rows of figures print: a row with a gap of its own is wider than the rest.
        var width = withFigures.GroupBy(r => r.Cells.Count).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        return SplitCells.NumbersInNames(headers, rows)
            ? [.. headers]
            : [.. headers.Select((h, i) => Narrowed(headers, i, width, withFigures) ?? h)];
    }

    private static ReportLine? Narrowed(IReadOnlyList<ReportLine> headers, int index, int width, List<ReportLine> rows)
    {
        var header = headers[index];
        if (header.Cells.Count != width + 1 || rows.Exists(r => r.Cells.Count == header.Cells.Count && ShowsWidth(r))
            || headers.Any(h => h.Cells.Count == header.Cells.Count && RowShapes.IsNumberingRow(h) && ShowsWidth(h)))
        {
            return null;
        }

        // Each label is read alone ("2021"), over the columns it spans, and with the header rows over and under it ("Capaian"
        // over "Sasaran (%)").
        List<ReportLine> Stacked(ReportLine narrowed) => [.. headers.Select((h, i) => i == index ? narrowed : h)];
        bool Fits(ReportLine narrowed, int c) => SplitCells.HoldsFigures(rows, c)
            ? !NamesWords([Spanned(narrowed)], c)
            : !SplitCells.NamesFigures([narrowed], c) && !SplitCells.NamesFigures(Stacked(narrowed), c);
        var fitting = Enumerable.Range(1, header.Cells.Count - 2)
            .Where(i => IsEmpty(header.Cells[i]) && !IsEmpty(header.Cells[i - 1]))
            .Select(i => header with { Cells = [.. header.Cells.Where((_, c) => c != i)] })
            .Where(narrowed => Enumerable.Range(0, width).All(c => Fits(narrowed, c)))
            .DistinctBy(narrowed => string.Join('\t', narrowed.Cells))
            .ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    // "Satuan", "Indikator Kinerja", "Sasaran Strategis": a label over words, never over figures.
    private static bool NamesWords(IReadOnlyList<ReportLine> headers, int column) =>
        SplitCells.RoleOf(headers, column) is ColumnRole.Satuan or ColumnRole.Indicator or ColumnRole.Name or ColumnRole.Unit
            or ColumnRole.Tujuan or ColumnRole.Sasaran or ColumnRole.Program or ColumnRole.Kegiatan or ColumnRole.SubKegiatan
            or ColumnRole.ProgramOrKegiatan;

    // "| dan Kompetensi Aparatur | Persentase ... | 106,75 | Sangat Tinggi | 96,89": a row as wide as the header, with no
    // empty cell between its first and last and its last filled, shows the header's width is its own; a row with a gap of
    // its own ("| c. Persentase ... | | 100 % | 99,55 %") or an empty last cell ("4 | 2023 | 69,87 | BB | ... |") does not.
    private static bool ShowsWidth(ReportLine row) =>
        !IsEmpty(row.Cells[^1]) && !Enumerable.Range(1, Math.Max(row.Cells.Count - 2, 0)).Any(i => IsEmpty(row.Cells[i]));

    // "Indikator Kinerja | Target | | Realisasi |": a label stands over the empty cells after it, the columns it spans.
    private static ReportLine Spanned(ReportLine header)
    {
        var cells = new List<string>();
        foreach (var cell in header.Cells)
        {
            cells.Add(IsEmpty(cell) && cells.Count > 0 ? cells[^1] : cell);
        }

        return header with { Cells = cells };
    }

    private static bool IsEmpty(string cell) => SplitCells.IsEmpty(cell);
}
