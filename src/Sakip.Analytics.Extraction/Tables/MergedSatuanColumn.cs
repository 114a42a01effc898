using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

/// <summary>
/// A narrow "Satuan" column the converter printed into the next one, in the header and in the rows: "Satuan Target" over
/// "% 100", "Indeks 87", "Nilai BB (72,00)". Split back into two columns, each row's unit apart from its figure, so the
/// figures stand under their header again. Only when a header cell is "Satuan" and a label, and most rows that print in
/// that column print a unit and a figure there.
/// </summary>
internal static partial class MergedSatuanColumn
{
    public static (List<ReportLine> Headers, List<ReportLine> Rows) Split(List<ReportLine> headers, List<ReportLine> rows)
    {
        var row = headers.FindIndex(h => h.Cells.Any(c => SatuanAndLabel().IsMatch(Text(c))));
        var column = row < 0 ? -1 : headers[row].Cells.ToList().FindIndex(c => SatuanAndLabel().IsMatch(Text(c)));
        if (row < 0 || !AreUnitsAndFigures(rows, column))
        {
            return (headers, rows);
        }

        var merged = SatuanAndLabel().Match(Text(headers[row].Cells[column]));
        return (
            [.. headers.Select((h, i) => WithCells(h, column, cell => i == row ? [merged.Groups["satuan"].Value, merged.Groups["label"].Value] : [string.Empty, cell]))],
            [.. rows.Select(r => WithCells(r, column, cell => UnitAndFigure().Match(Text(cell)) is { Success: true } split
                ? [split.Groups["unit"].Value, split.Groups["figure"].Value]
                : RowShapes.IsDataNumber(Text(cell)) ? [string.Empty, cell] : [cell, string.Empty]))]);
    }

    private static bool AreUnitsAndFigures(List<ReportLine> rows, int column)
    {
        var cells = rows.Where(r => column < r.Cells.Count).Select(r => Text(r.Cells[column])).Where(c => c.Length > 0).ToList();
        var split = cells.Count(IsUnitAndFigure);
        return split > 0 && split * 2 >= cells.Count;
    }

    /// <summary>The row with its cell at <paramref name="column"/> split in two by <paramref name="split"/>; a row too short keeps its cells.</summary>
    private static ReportLine WithCells(ReportLine row, int column, Func<string, IReadOnlyList<string>> split) =>
        column < row.Cells.Count ? row with { Cells = [.. row.Cells.Take(column), .. split(row.Cells[column]), .. row.Cells.Skip(column + 1)] } : row;

    /// <summary>"% 100", "Indeks 87", "Nilai BB (72,00)": a unit and its figure in one cell.</summary>
    public static bool IsUnitAndFigure(string cell) => UnitAndFigure().IsMatch(Text(cell));

    private static string Text(string cell) => Markup.Strip(cell).Trim();

    // "Satuan Target", "SATUAN TARGET 2023", "Sat. Target Kinerja"; a "Satuan Kerja" is a unit of the government.
    [GeneratedRegex(@"^(?<satuan>satuan|sat\.?)\s+(?!kerja\b)(?<label>\p{L}.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SatuanAndLabel();

    // "% 100", "Indeks 87", "Nilai BB (72,00)", "Jam Pelajaran 20": a unit of a word or two, then a figure or a grade.
    [GeneratedRegex(@"^(?<unit>%|[\p{L}/.]+(?:\s[\p{L}/.]+)??)\s+(?<figure>(?:[A-D][A-Z+-]?\s*)?\(?[\d(].*|[A-D][A-Z+-]?)$")]
    private static partial Regex UnitAndFigure();
}
