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

    // "Tahun ke-1", "Tahun 2", "Tahun III".
    private static int? PlanYearNumber(TableColumn column) =>
        column.Year is null && column.Labels.Select(l => PlanYear().Match(NameKey.Of(l))).FirstOrDefault(m => m.Success) is { } match
            ? Array.IndexOf(Numerals, match.Groups["n"].Value) is var roman and >= 0 ? roman + 1 : int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    private static readonly string[] Numerals = ["i", "ii", "iii", "iv", "v", "vi"];

    [GeneratedRegex(@"^(tahun|th) (ke ?)?(?<n>[1-9]|i{1,3}|iv|v|vi)$")]
    private static partial Regex PlanYear();
}
