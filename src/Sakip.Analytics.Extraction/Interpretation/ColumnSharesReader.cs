using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Keeps a percentage column of a table no other reader takes ("Kecamatan | Jumlah Kejadian | Tertangani | Persentase (%)")
/// with the two columns it divides, so the audit can check every row. The two are the pair of figure columns to its left
/// whose share the column prints, to its rounding, on three rows or more and two rows in three. Failing a pair, it may be
/// each row's share of a figure column's total ("Penyebab | Jumlah Kejadian | Persentase (%)"), the total its JUMLAH row
/// prints or, with none, the column's sum, by the same rule; a column nothing explains is left alone.
/// </summary>
internal static partial class ColumnSharesReader
{
    private const int MinAgreeingRows = 3;

    public static void Read(TextTable table, ReadingContext context)
    {
        foreach (var share in table.Columns.Where(IsPercentColumn))
        {
            var rows = table.DataRows.Where(r => Figure(table, r, share.Index) is not null).ToList();
            var best = Pairs(share.Index)
                .Select(p => (p.Part, p.Whole, Agreeing: rows.Count(r => Agrees(table, r, share.Index, p.Part, p.Whole))))
                .Where(p => Explains(table, p.Part, p.Whole, p.Agreeing, rows.Count))
                .OrderByDescending(p => p.Agreeing)
                .FirstOrDefault();
            if (best.Agreeing == 0)
            {
                ReadSharesOfTotal(table, share, rows, context);
                continue;
            }

            foreach (var row in rows)
            {
                if (Figure(table, row, best.Part) is not { } part || Figure(table, row, best.Whole) is not { Number: > 0 } whole
                    || Figure(table, row, share.Index) is not { } printed)
                {
                    continue;
                }

                context.ColumnShares.Add(new ExtractedColumnShare(share.Label, printed.Number!.Value, printed.Printed,
                    context.Source(table.Caption, row.Number, 0.8),
                    new ColumnPart(row.Number, part.Number!.Value, table.Columns[best.Part].Label),
                    new ColumnPart(row.Number, whole.Number!.Value, table.Columns[best.Whole].Label)));
            }
        }
    }

    /// <summary>
    /// Three rows or more, two in three, agree with the pair's share; or, when the headers name the pair as the ones to serve
    /// and the ones served ("Jumlah yang Harus Dilayani | Jumlah yang Terlayani", an SPM's two counts), half the rows.
    /// </summary>
    private static bool Explains(TextTable table, int part, int whole, int agreeing, int rows) =>
        agreeing >= MinAgreeingRows && agreeing * 3 >= rows * 2
        || agreeing > 0 && agreeing * 2 >= rows && IsWholeToServe(table.Columns[whole].Label) && IsPartServed(table.Columns[part].Label);

    private static bool IsWholeToServe(string label) => WholeToServe().IsMatch(NameKey.Of(label));

    private static bool IsPartServed(string label) => !IsWholeToServe(label) && PartServed().IsMatch(NameKey.Of(label));

    [GeneratedRegex(@"\b(harus|seharusnya|seluruh|total|diterima|masuk|dilaporkan)\b")]
    private static partial Regex WholeToServe();

    [GeneratedRegex(@"\b(terlayani|dilayani|tertangani|ditangani|selesai|berhasil|ditindaklanjuti|tepat waktu|memenuhi)\b")]
    private static partial Regex PartServed();

    private static void ReadSharesOfTotal(TextTable table, TableColumn share, List<ReportLine> rows, ReadingContext context)
    {
        if (rows.Count < MinAgreeingRows)
        {
            return;
        }

        var best = Enumerable.Range(0, share.Index).Where(c => table.Columns[c].Role is not (ColumnRole.RowNumber or ColumnRole.Code))
            .Select(c => (Column: c, Total: TotalOf(table, rows, c)))
            .Where(c => c.Total is { Value: > 0 })
            .Select(c => (c.Column, Total: c.Total!, Agreeing: rows.Count(r => Figure(table, r, c.Column) is { Number: { } p }
                && Figure(table, r, share.Index) is { Number: { } printed } && PrintedRounding.MatchesPrinted(p / c.Total!.Value * 100m, printed))))
            .OrderByDescending(c => c.Agreeing)
            .FirstOrDefault();
        if (best.Agreeing < MinAgreeingRows || best.Agreeing * 3 < rows.Count * 2)
        {
            return;
        }

        foreach (var row in rows)
        {
            if (Figure(table, row, best.Column) is { } part && Figure(table, row, share.Index) is { } printed)
            {
                context.ColumnShares.Add(new ExtractedColumnShare(share.Label, printed.Number!.Value, printed.Printed,
                    context.Source(table.Caption, row.Number, 0.8),
                    new ColumnPart(row.Number, part.Number!.Value, table.Columns[best.Column].Label),
                    best.Total));
            }
        }
    }

    /// <summary>The figure a JUMLAH row prints in the column, or with no such row the sum of the column's figures.</summary>
    private static ColumnPart? TotalOf(TextTable table, List<ReportLine> rows, int column)
    {
        var totalRow = rows.FirstOrDefault(ColumnTotalsReader.IsTotalRow);
        if (totalRow is not null)
        {
            return Figure(table, totalRow, column) is { Number: { } printed } ? new ColumnPart(totalRow.Number, printed, "Jumlah") : null;
        }

        var figures = rows.Select(r => Figure(table, r, column)).ToList();
        return figures.TrueForAll(f => f is { IsPercent: false }) ? new ColumnPart(rows[^1].Number, figures.Sum(f => f!.Number!.Value), "jumlah kolom") : null;
    }

    // "Persentase (%)", "%", "Persentase Tertangani": a column of percentages, with two columns to its left at least.
    private static bool IsPercentColumn(TableColumn column) =>
        column.Index > 1 && NameKey.Of(column.Label.Replace("%", " persen ", StringComparison.Ordinal)).Contains("persen", StringComparison.Ordinal);

    private static IEnumerable<(int Part, int Whole)> Pairs(int share) =>
        from whole in Enumerable.Range(0, share)
        from part in Enumerable.Range(0, share)
        where part != whole
        select (part, whole);

    private static bool Agrees(TextTable table, ReportLine row, int share, int part, int whole) =>
        Figure(table, row, part) is { Number: { } p } && Figure(table, row, whole) is { Number: > 0 and var w }
        && Figure(table, row, share) is { Number: { } printed } && p <= w && PrintedRounding.MatchesPrinted(p / w * 100m, printed);

    private static CellValue? Figure(TextTable table, ReportLine row, int column) =>
        table.TryValue(row, column, out var value) && value.Number is not null && value.Grade is null ? value : null;
}
