using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class BudgetTableReader
{
    /// <summary>
    /// A name wrapped over two lines. Below a row of amounts, a line with neither amounts, code nor
    /// number carries on its name when the name breaks off at a joining word, the line goes on in lower
    /// case, or (in a table of kode rekening) the line below it starts a new coded row:
    /// "1.05.03.2.02.0001 | Inspeksi Alat Pemadam Api Ringan pada | 1.000.000.000" then "| Bangunan Gedung | |".
    /// Above a row of amounts without a code, a coded line without amounts begins its name when the
    /// amounts sit on the name's last line: "5.01.02.2.01.0001 | Analisis Data dan Informasi" then
    /// "| Pembangunan Daerah | 700.000.000".
    /// </summary>
    private static void JoinWrappedNames(List<BudgetRow> rows)
    {
        var step = RowStep(rows);
        for (var i = 0; i + 1 < rows.Count; i++)
        {
            var head = rows[i];
            var tail = rows[i + 1];
            if (!head.HasAmounts && head.Name.Length > 0 && tail.HasAmounts
                && (head.Code is not null && IsBareContinuation(tail, head, step) || head.Enumerator is not null && EndsNumberedName(tail, head, step)))
            {
                head.Name = WrappedText.Join(head.Name, tail.Name);
                head.TakeAmountsOf(tail);
                rows.RemoveAt(i + 1);
            }
        }

        for (var i = rows.Count - 1; i > 0; i--)
        {
            var tail = rows[i];
            var head = rows[i - 1];
            var nextStartsCodedRow = i + 1 >= rows.Count || rows[i + 1].Code is not null;
            var nextStartsNumberedRow = i + 1 >= rows.Count || rows[i + 1].Enumerator is not null || BudgetLevels.FromWords(rows[i + 1].Name) == BudgetLevel.Total;
            if (tail.HasAmounts || !head.HasAmounts || !IsBareContinuation(tail, head, step)
                || !(RowShapes.EndsMidName(head.Name) || char.IsLower(tail.Name[0]) || head.Code is not null && nextStartsCodedRow
                     || head.Enumerator is not null && nextStartsNumberedRow))
            {
                continue;
            }

            head.Name = WrappedText.Join(head.Name, tail.Name);
            rows.RemoveAt(i);
        }
    }

    /// <summary>
    /// Below a numbered name without amounts, the amounts on a line of their own ("2 | Penyelenggaraan Rapat Koordinasi" then
    /// "| | 35.000.000 | 34.000.000"), or on the name's last words when the name breaks off ("di Tingkat" then "Kecamatan").
    /// </summary>
    private static bool EndsNumberedName(BudgetRow tail, BudgetRow head, int step) =>
        tail.Name.Length == 0 ? tail.Code is null && tail.Enumerator is null && tail.Line == head.Line + step
            : IsBareContinuation(tail, head, step) && (RowShapes.EndsMidName(head.Name) || char.IsLower(tail.Name[0]) || Unfinished().IsMatch(head.Name));

    /// <summary>The row right below, with only words that name no line of their own (no code, number, "Jumlah" or "Program ...").</summary>
    private static bool IsBareContinuation(BudgetRow tail, BudgetRow head, int step) =>
        tail.Code is null && tail.Enumerator is null && tail.Name.Length > 0 && tail.Line == head.Line + step
        && BudgetLevels.FromWords(tail.RawName ?? tail.Name) is null;

    /// <summary>
    /// How many lines one row is below the one above it: 2 in a table the converter printed with a blank line after each row
    /// (most rows two lines apart), else 1.
    /// </summary>
    private static int RowStep(List<BudgetRow> rows)
    {
        var steps = rows.Zip(rows.Skip(1), (above, below) => below.Line - above.Line).ToList();
        return steps.Count > 0 && steps.Count(s => s == 2) * 2 > steps.Count ? 2 : 1;
    }

    // "di Tingkat", "pada Satuan": a place or level that must go on with the word naming it.
    [GeneratedRegex(@"\b(tingkat|wilayah|lingkup|satuan|perangkat)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Unfinished();
}
