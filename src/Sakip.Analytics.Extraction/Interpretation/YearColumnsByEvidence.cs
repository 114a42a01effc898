using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// "Perkembangan Capaian Indikator Tahun 2019-2023" over "Uraian | 2019 | ... | 2023": bare years under a caption that
/// names neither realizations nor targets, so no reader took them. Where the rows name indicators the other tables
/// measure, the report year's figures say what the years hold: the realizations measured, or the capaian. A table read
/// that way is read again; one whose figures match neither, or both alike, stays unread.
/// </summary>
internal static class YearColumnsByEvidence
{
    public static void Read(IEnumerable<(TextTable Table, ReportPage Page)> unread, ReadingContext context)
    {
        var measured = context.Indicators.Where(v => !v.Source.IsProse && v.Unit == context.Profile.Unit && v.Year == context.Year && v.Value is not null)
            .ToLookup(v => NameKey.WithoutEnumerator(v.Indicator));
        foreach (var (table, page) in unread.ToList())
        {
            if (NameColumn(table, context.Year) is not { } names || RoleOfYears(table, names, measured, context.Year) is not { } role)
            {
                continue;
            }

            table.Columns = [.. table.Columns.Select(c => c.Role == ColumnRole.YearValue ? c with { Role = role } : c.Index == names ? c with { Role = ColumnRole.Indicator } : c)];
            TableDispatcher.Read(table, page.Lines, context);
        }
    }

    /// <summary>The one column of names beside two or more bare years up to the report's, the report's among them.</summary>
    private static int? NameColumn(TextTable table, int reportYear)
    {
        var years = table.ColumnsWith(ColumnRole.YearValue).ToList();
        var names = table.Columns.Where(c => c.Role is ColumnRole.Indicator or ColumnRole.Name).ToList();
        return years.Count >= 2 && years.TrueForAll(c => c.Year <= reportYear) && years.Exists(c => c.Year == reportYear) && names.Count == 1
            && table.Columns.All(c => c.Role is ColumnRole.YearValue or ColumnRole.Indicator or ColumnRole.Name or ColumnRole.RowNumber or ColumnRole.Satuan)
            ? names[0].Index
            : null;
    }

    private static ColumnRole? RoleOfYears(TextTable table, int names, ILookup<string, ExtractedIndicatorValue> measured, int reportYear)
    {
        var column = table.ColumnsWith(ColumnRole.YearValue).First(c => c.Year == reportYear).Index;
        var (realizations, capaian, targets, neither) = (0, 0, 0, 0);
        foreach (var row in table.DataRows)
        {
            var values = measured[NameKey.WithoutEnumerator(table.Cell(row, names))].ToList();
            if (values.Count == 0 || !table.TryValue(row, column, out var cell) || cell.Number is not { } figure)
            {
                continue;
            }

            var isRealization = values.Exists(v => v.Kind == IndicatorValueKind.Realization && v.Value == figure);
            var isCapaian = values.Exists(v => v.Kind == IndicatorValueKind.ReportedCapaian && v.Value == figure);
            var isTarget = values.Exists(v => v.Kind is IndicatorValueKind.Target or IndicatorValueKind.TargetRevised or IndicatorValueKind.RenstraTarget && v.Value == figure);
            realizations += isRealization && !isCapaian && !isTarget ? 1 : 0;
            capaian += isCapaian && !isRealization && !isTarget ? 1 : 0;
            targets += isTarget && !isRealization && !isCapaian ? 1 : 0;
            neither += !isRealization && !isCapaian && !isTarget ? 1 : 0;
        }

        // A figure of neither may be a misprint of one; it does not outweigh the figures that match. A figure that is the
        // year's target alone (a plan's yearly targets) leaves the years open; one that is the target and the realization
        // (a target met exactly) tells nothing.
        return targets > 0 ? null
            : realizations > 0 && capaian == 0 && realizations >= neither ? ColumnRole.Realization
            : capaian > 0 && realizations == 0 && capaian >= neither ? ColumnRole.Capaian
            : null;
    }
}
