using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Reads indicators set as columns, a row per kind and year ("Uraian | Persentase kejadian kebakaran yang tertangani |
/// Waktu tanggap" with rows "Target 2023", "Realisasi 2022", "Capaian 2023 (%)"): each figure is of its column's
/// indicator, named as the report's own tables name it, of its row's kind and of the year its row names (else the
/// caption's, else the report's).
/// </summary>
internal static partial class IndicatorColumnsReader
{
    private sealed record IndicatorColumn(TableColumn Column, ExtractedIndicatorValue Indicator);

    public static bool CanRead(TextTable table, ReadingContext context) =>
        table.DataRows.Count >= 2 && table.DataRows.All(r => KindOf(table.Cell(r, 0)) is not null) && IndicatorColumns(table, context).Count > 0;

    public static void Read(TextTable table, ReadingContext context)
    {
        var columns = IndicatorColumns(table, context);
        var confidence = TableContext.Confidence(table) - 0.05;
        foreach (var row in table.DataRows)
        {
            var (kind, stated) = KindOf(table.Cell(row, 0))!.Value;
            var year = stated ?? TableContext.YearOf(table) ?? context.Year;
            if (year > context.Year && kind is not IndicatorValueKind.Target)
            {
                continue;
            }

            foreach (var (column, own) in columns)
            {
                if (!table.TryValue(row, column.Index, out var value) || !value.HasNumber && value.Grade is null)
                {
                    continue;
                }

                context.Indicators.Add(new ExtractedIndicatorValue(context.Profile.Unit, own.Level, own.Goal, own.Indicator, own.Satuan, own.Polarity,
                    year, year > context.Year ? IndicatorValueKind.RenstraTarget : kind, value.Number, value.Printed, value.Grade,
                    context.Source(table.Caption, row.Number, confidence)));
            }
        }
    }

    /// <summary>"Target 2023", "Realisasi Tahun 2022", "Capaian 2023 (%)": the kind a row label names and the year it states.</summary>
    private static (IndicatorValueKind Kind, int? Year)? KindOf(string label)
    {
        var key = NameKey.Of(label);
        var year = YearIn().Match(key) is { Success: true } match ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : (int?)null;
        return IndicatorKindRowsReader.KindWord(YearIn().Replace(key, " ")) is { } kind ? (kind, year) : null;
    }

    /// <summary>The columns, after the first, whose header names an indicator of the report's own tables.</summary>
    private static List<IndicatorColumn> IndicatorColumns(TextTable table, ReadingContext context)
    {
        var own = context.Indicators.Where(v => v.Unit == context.Profile.Unit && !v.Source.IsProse && v.Level != IndicatorLevel.Individual)
            .DistinctBy(v => NameKey.Of(v.Indicator)).ToList();
        var found = new List<IndicatorColumn>();
        foreach (var column in table.Columns.Skip(1))
        {
            var label = NameKey.Of(string.Join(' ', column.Labels.Where(l => l.Length > 0)));
            if (label.Length > 0 && own.FirstOrDefault(v => UnitRowsReader.NamedBy(v.Indicator, label)) is { } indicator)
            {
                found.Add(new IndicatorColumn(column, indicator));
            }
        }

        return found;
    }

    [GeneratedRegex(@"\s*\b(tahun |th )?(?<year>(19|20)\d\d)\b\s*")]
    private static partial Regex YearIn();
}
