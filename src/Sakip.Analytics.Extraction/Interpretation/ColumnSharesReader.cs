using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Keeps a percentage column of a table no other reader takes ("Kecamatan | Jumlah Kejadian | Tertangani | Persentase (%)")
/// with the two columns it divides, so the audit can check every row. The two are the pair of figure columns to its left
/// whose share the column prints, to its rounding, on three rows or more and two rows in three; a column no pair explains is
/// left alone.
/// </summary>
internal static class ColumnSharesReader
{
    private const int MinAgreeingRows = 3;

    public static void Read(TextTable table, ReadingContext context)
    {
        foreach (var share in table.Columns.Where(IsPercentColumn))
        {
            var rows = table.DataRows.Where(r => Figure(table, r, share.Index) is not null).ToList();
            var best = Pairs(share.Index)
                .Select(p => (p.Part, p.Whole, Agreeing: rows.Count(r => Agrees(table, r, share.Index, p.Part, p.Whole))))
                .OrderByDescending(p => p.Agreeing)
                .FirstOrDefault();
            if (best.Agreeing < MinAgreeingRows || best.Agreeing * 3 < rows.Count * 2)
            {
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
