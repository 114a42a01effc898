using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Identity;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class IndicatorTableReader
{
    /// <summary>
    /// In a report of a unit that is no kecamatan, the row under kecamatan or kelurahan rows that sums or averages them ("Rata-rata",
    /// "Jumlah") in a table of one named indicator ("Waktu Tanggap ... per Kecamatan"): the unit's own figure, not an area's.
    /// </summary>
    private static bool IsAreaSummary(TextTable table, ReportLine row, TableColumn unitColumn, ReadingContext context)
    {
        var texts = row.Cells.Select(Markup.Strip).Where(c => c.Length > 0 && !RowShapes.IsDataNumber(c)).ToList();
        if (context.Profile.UnitKind == UnitKind.Kecamatan || texts.Count != 1 || !IsSummaryLabel(NameKey.Of(texts[0])))
        {
            return false;
        }

        var kindWord = unitColumn.Labels.LastOrDefault(l => l.Length > 0);
        var areas = table.DataRows.TakeWhile(r => r.Number < row.Number)
            .Select(r => Names.Clean(table.Cell(r, unitColumn.Index))).Where(name => name.Length > 0).ToList();
        return areas.Count >= 2 && areas.All(name => IsArea(context.ResolveUnit(name, kindWord)));
    }

    /// <summary>
    /// A kecamatan or kelurahan row in a report of a unit that is no kecamatan ("Waktu Tanggap per Kecamatan" in a damkar's
    /// report): the unit's measurement by area, not that area's own indicator; <see cref="UnitRowsReader"/> skips them alike.
    /// </summary>
    private static bool IsAreaOfOtherUnit(string unit, ReadingContext context) =>
        context.Profile.UnitKind != UnitKind.Kecamatan && unit != context.Profile.Unit && IsArea(unit);

    private static bool IsArea(string unit) => UnitNames.KindOf(unit) == UnitKind.Kecamatan || AreaName().IsMatch(NameKey.Of(unit));

    private static void ReadAreaSummary(TextTable table, ReportLine row, IReadOnlyList<TableSegment> segments, ExtractedIndicatorValue named, ReadingContext context)
    {
        var confidence = TableContext.Confidence(table);
        foreach (var column in segments.SelectMany(s => s.Values))
        {
            if (!table.TryValue(row, column.Index, out var value) || value.Number is null
                || Kind(table, column) is not { } kind || kind is not (IndicatorValueKind.Target or IndicatorValueKind.Realization or IndicatorValueKind.ReportedCapaian))
            {
                continue;
            }

            context.Indicators.Add(new ExtractedIndicatorValue(context.Profile.Unit, named.Level, named.Goal, named.Indicator, named.Satuan, named.Polarity,
                YearOf(table, column, kind, context), kind, value.Number, value.Printed, value.Grade, context.Source(table.Caption, row.Number, confidence)));
        }
    }

    /// <summary>"Jumlah", "Total", "Rata-rata", "Nilai rata-rata": a row summing or averaging the rows above it, no row of its own.</summary>
    internal static bool IsSummaryLabel(string key) => TotalWord().IsMatch(key) || MeanWord().IsMatch(key);

    [GeneratedRegex(@"^(nilai )?(rata rata|rerata)\b")]
    private static partial Regex MeanWord();

    [GeneratedRegex(@"^(kelurahan|desa|kel)\b")]
    private static partial Regex AreaName();
}
