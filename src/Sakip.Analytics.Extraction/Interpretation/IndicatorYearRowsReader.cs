using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Reads indicators compared year by year with the years as rows and each indicator a group of
/// columns ("Tahun | Indeks Profesionalitas ASN: Target, Realisasi, Capaian (%) | Persentase ASN ...:
/// Target, Realisasi, Capaian (%)"): each figure is of its group's indicator and its row's year, on its row's line.
/// </summary>
internal static partial class IndicatorYearRowsReader
{
    private static readonly ColumnRole[] ValueRoles = [ColumnRole.Target, ColumnRole.Realization, ColumnRole.Capaian];

    public static bool CanRead(TextTable table, ReadingContext context) =>
        YearRows.Column(table) is not null && (ValueColumns(table).Count > 0 || CaptionIndicator(table, context) is not null);

    public static void Read(TextTable table, ReadingContext context)
    {
        if (YearRows.Column(table) is not { } yearColumn)
        {
            return;
        }

        var columns = ValueColumns(table);
        var named = columns.Count == 0 ? CaptionIndicator(table, context) : null;
        if (named is not null)
        {
            columns = [.. table.Columns.Where(c => ValueRoles.Contains(c.Role) && c.Year is null)];
        }

        var confidence = TableContext.Confidence(table);
        foreach (var row in YearRows.Of(table, yearColumn))
        {
            var year = RowShapes.YearOf(table.Cell(row, yearColumn.Index))!.Value;
            foreach (var column in columns)
            {
                if (!table.TryValue(row, column.Index, out var value) || IndicatorTableReader.Kind(table, column, row) is not { } kind
                    || year > context.Year && kind is not IndicatorValueKind.Target)
                {
                    continue;
                }

                var indicator = named?.Indicator ?? Names.Clean(column.Group);
                var percent = kind != IndicatorValueKind.ReportedCapaian && (value.IsPercent || column.Label.Contains('%', StringComparison.Ordinal));
                context.Indicators.Add(new ExtractedIndicatorValue(
                    context.Profile.Unit,
                    named?.Level ?? IndicatorLevel.Sasaran,
                    named?.Goal,
                    indicator,
                    named?.Satuan ?? value.UnitWord ?? (percent ? "%" : null),
                    named?.Polarity ?? IndicatorTableReader.PolarityOf(indicator),
                    year,
                    kind,
                    value.Number,
                    value.Printed,
                    value.Grade,
                    context.Source(table.Caption, row.Number, confidence)));
            }
        }
    }

    /// <summary>
    /// "Perkembangan Waktu Tanggap Penanganan Kebakaran Tahun 2021-2023" over "Tahun | Target | Realisasi | Capaian": with no
    /// group header naming an indicator and no column naming the rows, the indicator the caption names.
    /// </summary>
    private static ExtractedIndicatorValue? CaptionIndicator(TextTable table, ReadingContext context) =>
        !RowsNamed(table) && table.Columns.Any(c => ValueRoles.Contains(c.Role) && c.Year is null) ? IndicatorTableReader.IndicatorNamedBy(table, context) : null;

    private static bool RowsNamed(TextTable table) =>
        table.Columns.Any(c => c.Role is ColumnRole.Indicator or ColumnRole.Sasaran or ColumnRole.Tujuan or ColumnRole.Program or ColumnRole.Kegiatan
            or ColumnRole.SubKegiatan or ColumnRole.ProgramOrKegiatan or ColumnRole.Name or ColumnRole.Unit);

    /// <summary>
    /// Target, realization and capaian columns without a year of their own, under a group header that
    /// names an indicator; none when a column names the rows (indicators, units, programs).
    /// </summary>
    private static List<TableColumn> ValueColumns(TextTable table)
    {
        if (RowsNamed(table))
        {
            return [];
        }

        return [.. table.Columns.Where(c => ValueRoles.Contains(c.Role) && c.Year is null && NamesIndicator(c.Group))];
    }

    // "Indeks Profesionalitas ASN", "Nilai AKIP"; not a header that only groups kinds or years ("Realisasi", "Kinerja", "Tahun").
    private static bool NamesIndicator(string group)
    {
        var key = NameKey.Of(group);
        return key.Contains(' ', StringComparison.Ordinal) && !GroupingWords().IsMatch(key);
    }

    [GeneratedRegex(@"^(target|realisasi|capaian|kinerja|tahun|th|ta|anggaran|keuangan|pagu|rencana|indikator|sasaran|program|kegiatan|uraian|perbandingan)\b")]
    private static partial Regex GroupingWords();
}
