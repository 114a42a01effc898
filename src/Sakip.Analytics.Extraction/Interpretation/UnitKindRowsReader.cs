using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Identity;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// A comparison of units on one indicator the caption names, one unit per row and the indicator's target, realization and
/// capaian per column ("Perbandingan IKM Kecamatan X dengan Kecamatan Lain" over "No | Kecamatan | Target | Realisasi |
/// Capaian (%)"): each row gives that unit's figures of the indicator.
/// </summary>
internal static class UnitKindRowsReader
{
    public static bool CanRead(TextTable table, ReadingContext context) =>
        table.Has(ColumnRole.Unit)
        && !table.Columns.Any(c => c.Role is ColumnRole.Indicator or ColumnRole.Sasaran or ColumnRole.Program or ColumnRole.Pagu or ColumnRole.BudgetRealisasi)
        && table.Columns.Any(c => IndicatorTableReader.Kind(table, c) is not null) && CaptionIndicator(table, context) is not null
        && table.DataRows.Any(r => UnitOf(table, r, context) is not null);

    public static void Read(TextTable table, ReadingContext context)
    {
        var indicator = CaptionIndicator(table, context)!;
        var confidence = TableContext.Confidence(table);
        foreach (var row in table.DataRows)
        {
            if (UnitOf(table, row, context) is not { } unit)
            {
                continue;
            }

            foreach (var column in table.Columns)
            {
                if (IndicatorTableReader.Kind(table, column) is not { } kind || !table.TryValue(row, column.Index, out var value) || value.Number is null && value.Grade is null)
                {
                    continue;
                }

                context.Indicators.Add(new ExtractedIndicatorValue(unit, indicator.Level, indicator.Goal, indicator.Indicator, indicator.Satuan, indicator.Polarity,
                    column.Year ?? TableContext.YearOf(table) ?? context.Year, kind, value.Number, value.Printed, value.Grade,
                    context.Source(table.Caption, row.Number, confidence)));
            }
        }
    }

    /// <summary>
    /// The unit a row names, of the report's unit's kind (a kecamatan beside kecamatan, a dinas's like unit in another pemda); not a
    /// total or mean row, and not the kecamatan a dinas measures its figure in, which is its measurement by area.
    /// </summary>
    private static string? UnitOf(TextTable table, ReportLine row, ReadingContext context)
    {
        var unitColumn = table.ColumnsWith(ColumnRole.Unit).First();
        var printed = Names.Clean(table.Cell(row, unitColumn.Index));
        var key = NameKey.Of(printed);
        if (key.Length == 0 || IndicatorTableReader.TotalWord().IsMatch(key)
            || key.StartsWith("rata rata", StringComparison.Ordinal) || key.StartsWith("rerata", StringComparison.Ordinal))
        {
            return null;
        }

        var unit = UnitRowsReader.LikeUnitOfPemda(printed, context) ?? context.ResolveUnit(printed, unitColumn.Labels.LastOrDefault(l => l.Length > 0));
        return UnitNames.KindOf(unit) == context.Profile.UnitKind ? unit : null;
    }

    /// <summary>The one indicator of the report's unit the caption names: by its whole name, or as the IKM or the AKIP score.</summary>
    private static ExtractedIndicatorValue? CaptionIndicator(TextTable table, ReadingContext context)
    {
        var caption = NameKey.Of(table.Context);
        if (caption.Length == 0)
        {
            return null;
        }

        var named = context.Indicators.Where(v => v.Unit == context.Profile.Unit && !v.Source.IsProse && v.Level != IndicatorLevel.Individual)
            .DistinctBy(v => v.Indicator)
            .Where(v => (" " + caption + " ").Contains(" " + NameKey.Of(v.Indicator) + " ", StringComparison.Ordinal)
                || SubjectWords.NamesIkm(table.Context!) && SubjectWords.NamesIkm(v.Indicator)
                || SubjectWords.NamesAkip(table.Context!) && SubjectWords.NamesAkip(v.Indicator))
            .ToList();
        return named.Count == 1 ? named[0] : null;
    }
}
