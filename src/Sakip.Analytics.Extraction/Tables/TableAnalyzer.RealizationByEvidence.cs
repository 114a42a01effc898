using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

internal static partial class TableAnalyzer
{
    /// <summary>
    /// "Target | Hasil | Capaian (%)", "Target | Kinerja 2023 | Capaian": one figure column between the target and the capaian,
    /// in words no rule reads, with no realization anywhere, is the realization when the capaian is worked out from it and the
    /// target (either way round, as a lower-is-better one is) on half the rows or more.
    /// </summary>
    private static void RealizationBetweenTargetAndCapaian(TextTable table, List<TableColumn> columns)
    {
        if (SoleTargetAndCapaianWithoutRealization(columns) is not ({ } target, { } capaian) || capaian.Index - target.Index != 2)
        {
            return;
        }

        var between = columns[target.Index + 1];
        if (between.Role is not (ColumnRole.Unknown or ColumnRole.Value or ColumnRole.YearValue) || between.Year is { } year && year != (target.Year ?? year))
        {
            return;
        }

        RealizationIfCapaianFollows(table, columns, target, between, capaian);
    }

    /// <summary>
    /// "Target | TW I | TW II | TW III | TW IV | Capaian (%)": the realizations of each quarter, counted up to the year's end,
    /// and no realization of the year; the last quarter's, right before the capaian, is the year's when the capaian is worked
    /// out from it and the target on half the rows or more. A quarter of money spent or of targets stays a quarter.
    /// </summary>
    private static void LastOfQuartersBeforeCapaian(TextTable table, List<TableColumn> columns)
    {
        if (SoleTargetAndCapaianWithoutRealization(columns) is not ({ } target, { } capaian)
            || capaian.Index == 0 || columns[capaian.Index - 1] is not { Role: ColumnRole.Ignore } last
            || ColumnClassifier.QuarterOf(string.Join(' ', last.Labels)) != 4
            || NotOfTheIndicator().IsMatch(NameKey.Of(string.Join(' ', last.Labels))))
        {
            return;
        }

        RealizationIfCapaianFollows(table, columns, target, last, capaian);
    }

    /// <summary>The one target column and the one capaian column of a table that has no realization column; null otherwise.</summary>
    private static (TableColumn Target, TableColumn Capaian)? SoleTargetAndCapaianWithoutRealization(List<TableColumn> columns) =>
        !columns.Exists(c => c.Role == ColumnRole.Realization)
        && columns.Where(c => c.Role == ColumnRole.Target).ToList() is [var target]
        && columns.Where(c => c.Role == ColumnRole.Capaian).ToList() is [var capaian]
            ? (target, capaian)
            : null;

    [GeneratedRegex(@"\b(target|rencana|keuangan|anggaran|rp|fisik|penyerapan|proyeksi|prognosa|prognosis|estimasi|perkiraan)\b")]
    private static partial Regex NotOfTheIndicator();

    private static void RealizationIfCapaianFollows(TextTable table, List<TableColumn> columns, TableColumn target, TableColumn candidate, TableColumn capaian)
    {
        var convention = NumberConventions.Of(table.DataRows.SelectMany(r => r.Cells));
        var measured = 0;
        var workedOut = 0;
        foreach (var row in table.DataRows)
        {
            if (Figure(row, target.Index, convention) is not { } t || Figure(row, candidate.Index, convention) is not { } r
                || Figure(row, capaian.Index, convention) is not { } printed || t == 0 || r == 0)
            {
                continue;
            }

            measured++;
            workedOut += PrintedRounding.MatchesPrinted(r / t * 100m, printed) || PrintedRounding.MatchesPrinted(t / r * 100m, printed) ? 1 : 0;
        }

        if (workedOut > 0 && workedOut * 2 >= measured)
        {
            columns[candidate.Index] = candidate with { Role = ColumnRole.Realization, Year = candidate.Year ?? target.Year };
        }
    }

    private static decimal? Figure(Documents.ReportLine row, int column, NumberConvention convention) =>
        column < row.Cells.Count && CellValue.TryParse(row.Cells[column], convention, out var value) && value.Grade is null ? value.Number : null;
}
