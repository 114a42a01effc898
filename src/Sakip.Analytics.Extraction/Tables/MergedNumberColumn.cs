using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

/// <summary>
/// A "No" column the converter printed into the next one, in the header and in the rows: "No Kode | Unsur Pelayanan" over
/// "1 U1 | Persyaratan", "No Tahun Evaluasi | Nilai AKIP" over "1 2018 | 62,10". Split back into two columns, each row's
/// number apart from what follows it, so every cell stands under its header again. Only when the header's first cell is
/// "No" and a label, and most rows that print a first cell begin it with their number.
/// </summary>
internal static partial class MergedNumberColumn
{
    public static (List<ReportLine> Headers, List<ReportLine> Rows) Split(List<ReportLine> headers, List<ReportLine> rows)
    {
        if (headers is not [{ Cells: [var first, ..] } top, ..] || NumberAndLabel().Match(Text(first)) is not { Success: true } merged)
        {
            return (headers, rows);
        }

        // "1 ≥ 91% | Sangat Tinggi" right under the header, its figure no figure to the segmenter: the first row, not a header's.
        var firstRow = headers.FindIndex(1, h => h.Cells.Count > 0 && NumberedCell().IsMatch(Text(h.Cells[0])) && !RowShapes.TwoColumnNumbers().IsMatch(Text(h.Cells[0])));
        var (kept, allRows) = firstRow > 0 ? (headers[..firstRow], [.. headers[firstRow..], .. rows]) : (headers, rows);
        if (!AreNumbered(allRows))
        {
            return (headers, rows);
        }

        (headers, rows) = (kept, allRows);

        List<ReportLine> splitHeaders =
        [
            WithCells(top, [merged.Groups["no"].Value, merged.Groups["label"].Value]),
            .. headers.Skip(1).Select(h => WithCells(h, h.Cells.Count == 0 ? [] : RowShapes.TwoColumnNumbers().Match(Text(h.Cells[0])) is { Success: true } numbers
                ? [numbers.Groups["first"].Value, numbers.Groups["second"].Value]
                : [string.Empty, h.Cells[0]])),
        ];
        // A row whose number stands alone ("22 | BADAN KEUANGAN ...", on a page the converter printed apart) has its columns already.
        return (splitHeaders, [.. rows.Select(r => WithCells(r, r.Cells.Count == 0 || Names.EnumeratorOf(r.Cells[0]) is not null ? []
            : NumberedCell().Match(Text(r.Cells[0])) is { Success: true } numbered ? [numbered.Groups["no"].Value, numbered.Groups["rest"].Value]
            : [string.Empty, r.Cells[0]]))]);
    }

    private static bool AreNumbered(List<ReportLine> rows)
    {
        var firsts = rows.Where(r => r.Cells.Count > 1).Select(r => Text(r.Cells[0])).Where(c => c.Length > 0).ToList();
        var numbered = firsts.Count(c => NumberedCell().IsMatch(c));
        return numbered > 0 && numbered * 2 >= firsts.Count;
    }

    /// <summary>The row with its first cell replaced by <paramref name="first"/> (none for a row without cells).</summary>
    private static ReportLine WithCells(ReportLine row, IReadOnlyList<string> first) =>
        first.Count == 0 ? row : row with { Cells = [.. first, .. row.Cells.Skip(1)] };

    private static string Text(string cell) => Markup.Strip(cell).Trim();

    // "No Kode", "No. Indikator Kinerja", "NOMOR URAIAN"; "No Urut" names the number column alone.
    [GeneratedRegex(@"^(?<no>no\.?|nomor)\s+(?!urut\b)(?<label>\p{L}.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberAndLabel();

    // "1 U1", "2. Indeks Kepuasan Masyarakat", "1.1 Koordinasi ...", "IV Program ...", "a. Belanja ...": a row's number, then the rest.
    [GeneratedRegex(@"^(?<no>\d{1,3}(?:\.\d{1,3})*[.)]?|[IVX]{1,4}[.)]?|[a-z][.)])\s+(?<rest>\S.*)$")]
    private static partial Regex NumberedCell();
}
