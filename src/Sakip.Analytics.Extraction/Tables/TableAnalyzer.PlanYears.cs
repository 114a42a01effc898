using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

internal static partial class TableAnalyzer
{
    /// <summary>
    /// "Target Kinerja: Tahun ke-1 | ... | Tahun ke-5": the plan's years counted, the last one the Renstra's end. Without
    /// the report's Renstra period the years are unknown, and the columns give nothing rather than five targets of one year.
    /// </summary>
    private static void NumberedPlanYears(List<TableColumn> columns, int? renstraEnd)
    {
        var numbered = columns.Select((c, i) => (Index: i, Number: PlanYearNumber(c))).Where(n => n.Number is not null).ToList();
        if (numbered.Count < 2)
        {
            return;
        }

        var last = numbered.Max(n => n.Number!.Value);
        foreach (var (index, number) in numbered)
        {
            var column = columns[index];
            columns[index] = renstraEnd is { } end
                ? column with { Year = end - (last - number!.Value) }
                : column with { Role = ColumnRole.Ignore };
        }
    }

    /// <summary>
    /// "Target Tahun ke-" over "1 | 2 | 3 | 4 | 5" (the row of numbers taken for column numbers): the group's columns are the
    /// plan's years counted, from the year after the baseline printed beside them, else back from the Renstra's end. With
    /// neither they give nothing, rather than the first year's target read as the report year's.
    /// </summary>
    private static void DanglingPlanYears(List<TableColumn> columns, int? renstraEnd)
    {
        var start = columns.FindIndex(c => c.Year is null && DanglingYearWord().IsMatch(NameKey.Of(c.Labels.LastOrDefault(l => l.Length > 0))));
        if (start < 0)
        {
            return;
        }

        var count = 1 + columns.Skip(start + 1).TakeWhile(c => c.Role == ColumnRole.Unknown && c.Labels.All(l => l.Length == 0)).Count();
        var baseline = columns.FirstOrDefault(c => c.Role == ColumnRole.Baseline && c.Year is not null)?.Year;
        var first = baseline + 1 ?? renstraEnd - count + 1;
        for (var n = 0; n < count; n++)
        {
            var column = columns[start + n];
            columns[start + n] = count > 1 && first is { } year
                ? column with { Role = columns[start].Role, Year = year + n }
                : column with { Role = ColumnRole.Ignore };
        }
    }

    [GeneratedRegex(@"\btahun ke$")]
    private static partial Regex DanglingYearWord();

    // "Tahun ke-1", "Tahun 2", "Tahun III".
    private static int? PlanYearNumber(TableColumn column) =>
        column.Year is null && column.Labels.Select(l => PlanYear().Match(NameKey.Of(l))).FirstOrDefault(m => m.Success) is { } match
            ? Array.IndexOf(Numerals, match.Groups["n"].Value) is var roman and >= 0 ? roman + 1 : int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    private static readonly string[] Numerals = ["i", "ii", "iii", "iv", "v", "vi"];

    [GeneratedRegex(@"^(tahun|th) (ke ?)?(?<n>[1-9]|i{1,3}|iv|v|vi)$")]
    private static partial Regex PlanYear();
}
