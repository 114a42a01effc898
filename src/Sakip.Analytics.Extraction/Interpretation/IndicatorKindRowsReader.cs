using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Reads indicators compared over years with a row per kind under each indicator ("Indikator | Uraian |
/// 2021 | 2022 | 2023" with rows "Target", "Realisasi", "Capaian (%)"): each figure is of the indicator
/// above, of its column's year and of its row's kind, on its row's line.
/// </summary>
internal static partial class IndicatorKindRowsReader
{
    public static bool CanRead(TextTable table) =>
        (table.Has(ColumnRole.Indicator) || table.Has(ColumnRole.Name)) && YearColumns(table).Count >= 2
        && !table.Columns.Any(c => c.Role is ColumnRole.Target or ColumnRole.RenstraTarget or ColumnRole.Realization or ColumnRole.Capaian)
        && table.DataRows.Select(r => KindOf(table, r)).Where(k => k is not null).Distinct().Count() >= 2;

    public static void Read(TextTable table, ReadingContext context)
    {
        var years = YearColumns(table);
        var nameColumns = table.Columns.Where(c => c.Role is ColumnRole.Indicator or ColumnRole.Name).ToList();
        var goalColumn = table.Columns.FirstOrDefault(c => c.Role == ColumnRole.Sasaran);
        var confidence = TableContext.Confidence(table) - 0.05;
        // "Perkembangan Waktu Tanggap ... " over "Uraian | 2021 | 2022" and the kinds alone: the indicator the caption names.
        var named = IndicatorTableReader.IndicatorNamedBy(table, context);
        string? indicator = named?.Indicator;
        string? goal = named?.Goal;
        foreach (var row in table.DataRows)
        {
            var name = Names.Clean(string.Join(' ', nameColumns.Select(c => table.Cell(row, c.Index)).Where(c => c.Length > 0 && KindWord(c) is null)));
            if (name.Length > 0)
            {
                indicator = name;
                named = null;
            }

            if (goalColumn is not null && Names.Clean(table.Cell(row, goalColumn.Index)) is { Length: > 0 } sasaran)
            {
                goal = sasaran;
            }

            if (indicator is null || KindOf(table, row) is not { } kind)
            {
                continue;
            }

            foreach (var column in years)
            {
                var year = column.Year!.Value;
                if (!table.TryValue(row, column.Index, out var value) || year > context.Year && kind is not IndicatorValueKind.Target)
                {
                    continue;
                }

                context.Indicators.Add(new ExtractedIndicatorValue(
                    context.Profile.Unit,
                    named?.Level ?? IndicatorLevel.Sasaran,
                    goal,
                    indicator,
                    named?.Satuan ?? IndicatorTableReader.SatuanInName(indicator) ?? value.UnitWord ?? (kind != IndicatorValueKind.ReportedCapaian && value.IsPercent ? "%" : null),
                    named?.Polarity ?? IndicatorTableReader.PolarityOf(indicator),
                    year,
                    year > context.Year ? IndicatorValueKind.RenstraTarget : kind,
                    value.Number,
                    value.Printed,
                    value.Grade,
                    context.Source(table.Caption, row.Number, confidence)));
            }
        }
    }

    private static List<TableColumn> YearColumns(TextTable table) =>
        [.. table.Columns.Where(c => c.Role == ColumnRole.YearValue && c.Year is not null)];

    /// <summary>The kind a row's label names ("Target", "Realisasi", "Capaian (%)"), in any text cell before the years.</summary>
    private static IndicatorValueKind? KindOf(TextTable table, ReportLine row)
    {
        var firstYear = YearColumns(table)[0].Index;
        return row.Cells.Take(firstYear).Select(KindWord).FirstOrDefault(k => k is not null);
    }

    /// <summary>"Target", "Realisasi (menit)", "Capaian (%)": the kind a label names, its unit in brackets aside.</summary>
    internal static IndicatorValueKind? KindWord(string cell) => NameKey.Of(UnitInBrackets().Replace(cell, " ")) switch
    {
        var key when TargetWord().IsMatch(key) => IndicatorValueKind.Target,
        var key when RealizationWord().IsMatch(key) => IndicatorValueKind.Realization,
        var key when CapaianWord().IsMatch(key) => IndicatorValueKind.ReportedCapaian,
        _ => null,
    };

    [GeneratedRegex(@"\((?!\s*%\s*\))[^)]*\)")]
    private static partial Regex UnitInBrackets();

    [GeneratedRegex(@"^(target|target kinerja|target pk)( persen)?$")]
    private static partial Regex TargetWord();

    [GeneratedRegex(@"^(realisasi|realisasi kinerja)( persen)?$")]
    private static partial Regex RealizationWord();

    [GeneratedRegex(@"^(persen |persentase |tingkat )?(capaian|pencapaian)( kinerja)?( persen)?$")]
    private static partial Regex CapaianWord();
}
