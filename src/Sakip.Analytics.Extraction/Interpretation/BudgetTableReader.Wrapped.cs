using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class BudgetTableReader
{
    /// <summary>
    /// A name wrapped over two lines: "1.05.03.2.02.0001 | Inspeksi Alat Pemadam Api Ringan pada | 1.000.000.000"
    /// then "| Bangunan Gedung | |". The line right below a row of amounts, with neither amounts, code nor
    /// number, carries on that row's name when the name breaks off at a joining word or the line goes on in lower case.
    /// </summary>
    private static void JoinWrappedNames(List<BudgetRow> rows)
    {
        for (var i = rows.Count - 1; i > 0; i--)
        {
            var tail = rows[i];
            var head = rows[i - 1];
            if (tail.HasAmounts || tail.Code is not null || tail.Enumerator is not null || tail.Name.Length == 0
                || !head.HasAmounts || tail.Line != head.Line + 1
                || !(DanglingEnd().IsMatch(head.Name) || char.IsLower(tail.Name[0])))
            {
                continue;
            }

            head.Name = $"{head.Name.TrimEnd()} {tail.Name.Trim()}";
            rows.RemoveAt(i);
        }
    }

    // A name that cannot end here: a preposition or conjunction, or a comma, dash or slash.
    [GeneratedRegex(@"(\b(dan|atau|serta|pada|di|ke|dari|untuk|bagi|yang|dalam|dengan|oleh|terhadap|melalui|antar)|[,/\-–&])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingEnd();
}
