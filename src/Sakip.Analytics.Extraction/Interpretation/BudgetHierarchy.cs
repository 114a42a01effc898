using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Works out levels and parents of budget rows: a "TOTAL KEGIATAN X" row gives its amounts to the
/// heading "X" printed above; kode rekening prefixes nest sub-kegiatan under kegiatan; otherwise a
/// row belongs to the nearest row above of a higher level (II before its 1 and 2).
/// </summary>
internal static partial class BudgetHierarchy
{
    public static void Build(List<BudgetRow> rows, ColumnRole? nameRole)
    {
        NameUnlabeledTotal(rows);
        MergeSubtotalsIntoHeadings(rows);
        AssignLevels(rows, nameRole);
        MergeTotalsIntoHeadings(rows);
        AssignParents(rows);
    }

    private static void AssignLevels(List<BudgetRow> rows, ColumnRole? nameRole)
    {
        var depths = rows.Where(r => r.Code is not null).Select(r => BudgetLevels.CodeSegments(r.Code).Length).Distinct().OrderDescending().ToList();
        var hasRoman = rows.Exists(r => r.Enumerator is { } e && Names.IsRoman(e));
        // "1 Program", "1.1 Kegiatan", "1.1.1 Sub Kegiatan": each further part of the number is a level further down.
        var hasTwoPartEnumerators = rows.Exists(r => r.Enumerator is { } e && EnumeratorDepth(e) == 2);
        // "1. Administrasi Umum" followed by un-numbered lines: the numbered rows are the parents.
        var numberedParents = !hasRoman && rows.Exists(r => r.Enumerator is not null && r.HasAmounts)
            && rows.Exists(r => r.Enumerator is null && r.HasAmounts && BudgetLevels.FromWords(r.RawName ?? r.Name) is null);
        // "1 Program ..." over un-numbered lines: the numbered rows name themselves programs, so the lines are their kegiatan.
        var numberedArePrograms = numberedParents
            && rows.Where(r => r.Enumerator is not null && r.HasAmounts).All(r => BudgetLevels.FromWords(r.RawName ?? r.Name) == BudgetLevel.Program);
        foreach (var row in rows)
        {
            if (BudgetLevels.FromWords(row.RawName ?? row.Name) is { } fromWords)
            {
                row.Level = fromWords;
            }
            else if (row.ColumnLevel is { } fromColumn)
            {
                row.Level = fromColumn;
            }
            else if (row.Code is not null && depths.Count > 1)
            {
                var depth = depths.IndexOf(BudgetLevels.CodeSegments(row.Code).Length);
                row.Level = depth == 0 ? BudgetLevel.SubKegiatan : depth == 1 ? BudgetLevel.Kegiatan : BudgetLevel.Program;
            }
            else if (row.Enumerator is { } e && (Names.IsRoman(e) && hasRoman))
            {
                row.Level = BudgetLevel.Program;
            }
            else if (row.Enumerator is { } sub && EnumeratorDepth(sub) > 1)
            {
                row.Level = EnumeratorDepth(sub) > 2 && hasTwoPartEnumerators ? BudgetLevel.SubKegiatan : BudgetLevel.Kegiatan;
            }
            else if (numberedParents)
            {
                var numbered = numberedArePrograms ? BudgetLevel.Program : BudgetLevels.FromColumn(nameRole);
                row.Level = row.Enumerator is not null ? numbered : numbered == BudgetLevel.Program ? BudgetLevel.Kegiatan : BudgetLevel.SubKegiatan;
            }
            else
            {
                row.Level = hasRoman ? BudgetLevel.Kegiatan : BudgetLevels.FromColumn(nameRole);
            }
        }
    }

    /// <summary>
    /// A last row of bare amounts under rows that print their own ("| | 1.337.295.500 | 1.324.898.300"): the table's total,
    /// its "Jumlah" left unprinted.
    /// </summary>
    private static void NameUnlabeledTotal(List<BudgetRow> rows)
    {
        if (rows is [.., { HasAmounts: true } above, { HasAmounts: true, Code: null, Enumerator: null, Name.Length: 0 } last]
            && rows.Count(r => r.HasAmounts && r.Name.Length > 0) >= 2 && above.Name.Length > 0)
        {
            last.Name = UnlabeledTotalName;
            last.RawName = UnlabeledTotalName;
        }
    }

    private const string UnlabeledTotalName = "JUMLAH";

    private static int EnumeratorDepth(string enumerator) => enumerator.Split('.', ',').Length;

    /// <summary>
    /// "A | Program X" printed without amounts, its kegiatan, then "Sub Total | 3.000.000.000": a subtotal naming nothing
    /// closes the nearest heading above, which takes its amounts (on the subtotal's line).
    /// </summary>
    private static void MergeSubtotalsIntoHeadings(List<BudgetRow> rows)
    {
        foreach (var subtotal in rows.Where(r => r.HasAmounts && r.Code is null && Subtotal().IsMatch(NameKey.WithoutEnumerator(r.RawName ?? r.Name))).ToList())
        {
            if (rows.Where(r => r.Line < subtotal.Line && !r.HasAmounts && NameKey.Of(r.Name).Length > 0).LastOrDefault() is { } heading)
            {
                heading.TakeAmountsOf(subtotal);
                rows.Remove(subtotal);
            }
        }
    }

    [GeneratedRegex(@"^(sub ?total|sub jumlah|jumlah sub total)$")]
    private static partial Regex Subtotal();

    private static void MergeTotalsIntoHeadings(List<BudgetRow> rows)
    {
        foreach (var total in rows.Where(r => r.HasAmounts && r.Code is null && r.Level is not BudgetLevel.Total).ToList())
        {
            var key = NameKey.Of(total.Name);
            if (!key.StartsWith("total ", StringComparison.Ordinal) && !key.StartsWith("jumlah ", StringComparison.Ordinal))
            {
                continue;
            }

            var named = key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            named = named.StartsWith("program ", StringComparison.Ordinal) && total.Level == BudgetLevel.Program ? named
                : named.StartsWith("kegiatan ", StringComparison.Ordinal) ? named["kegiatan ".Length..]
                : named.StartsWith("sub kegiatan ", StringComparison.Ordinal) ? named["sub kegiatan ".Length..] : named;
            var heading = rows.Where(r => !r.HasAmounts && r.Line < total.Line && Matches(NameKey.Of(r.Name), named)).LastOrDefault();
            if (heading is null)
            {
                total.RepeatsHeading = ClosesHeadingWithAmounts(rows, total, named);
                continue;
            }

            heading.TakeAmountsOf(total);
            heading.Level = total.Level;
            heading.Name = total.Name;
            rows.Remove(total);
        }
    }

    /// <summary>The nearest row above of the total's level or higher is a heading of that name that prints amounts of its own.</summary>
    private static bool ClosesHeadingWithAmounts(List<BudgetRow> rows, BudgetRow total, string named) =>
        rows.Where(r => r.Line < total.Line && r.Rank <= total.Rank && !r.RepeatsHeading).LastOrDefault() is { HasAmounts: true } heading
        && heading.Rank == total.Rank && Matches(NameKey.Of(heading.Name), named);

    private static bool Matches(string heading, string total) =>
        heading.Length > 0 && (heading == total || heading.StartsWith(total, StringComparison.Ordinal) || total.StartsWith(heading, StringComparison.Ordinal)
            || Similarity.Trigram(heading, total) >= 0.85);

    private static void AssignParents(List<BudgetRow> rows)
    {
        var ordered = rows.OrderBy(r => r.Line).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var row = ordered[i];
            if (row.Level == BudgetLevel.Total)
            {
                continue;
            }

            row.Parent = ByCode(ordered, row) ?? ByOrder(ordered, i);
        }
    }

    private static BudgetRow? ByCode(List<BudgetRow> rows, BudgetRow row)
    {
        var segments = BudgetLevels.CodeSegments(row.Code);
        if (segments.Length == 0)
        {
            return null;
        }

        // "5.1.01 Belanja Pegawai" holds "5.1.01.01.01.0001 Belanja Gaji Pokok PNS": among kode rekening of belanja, both
        // named "Belanja ...", the shorter code is the parent though the words give both one level.
        var sameRankParent = row.Level == BudgetLevel.BelanjaType;
        return rows.Where(r => r != row && r.Code is not null && (r.Rank < row.Rank || sameRankParent && r.Level == row.Level) && r.Rank > 0)
            .Select(r => (Row: r, Segments: BudgetLevels.CodeSegments(r.Code)))
            .Where(r => r.Segments.Length < segments.Length && segments.Take(r.Segments.Length).SequenceEqual(r.Segments))
            .OrderByDescending(r => r.Segments.Length)
            .ThenByDescending(r => r.Row.Rank)
            .Select(r => r.Row)
            .FirstOrDefault();
    }

    private static BudgetRow? ByOrder(List<BudgetRow> rows, int index)
    {
        var row = rows[index];
        for (var j = index - 1; j >= 0; j--)
        {
            var candidate = rows[j];
            if (candidate.Level == BudgetLevel.Total)
            {
                return null;
            }

            if (candidate.Rank > 0 && candidate.Rank < row.Rank && !candidate.RepeatsHeading)
            {
                return candidate;
            }
        }

        return null;
    }
}
