using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Identity;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Reads the IKM of each service a unit offers, closed by the unit's own row ("Jenis Layanan | Jumlah Responden | Nilai
/// IKM | Mutu Pelayanan" over "IKM Dinas | 250 | 82,75 | B"): that row is the unit's survey result, and the realization
/// of the indicator measuring the IKM where one does. A service's own IKM is not the unit's. Rows naming units (kecamatan
/// compared) are a comparison of units, not services.
/// </summary>
internal static partial class IkmServicesReader
{
    public static bool CanRead(TextTable table) =>
        IkmColumn(table) is not null && ServiceColumn(table) is { } service && UnitRow(table) is not null
        && !table.DataRows.Any(r => UnitNames.Find(table.Cell(r, service.Index)) is not null);

    public static void Read(TextTable table, ReadingContext context)
    {
        var ikmColumn = IkmColumn(table)!;
        var row = UnitRow(table)!;
        if (!table.TryValue(row, ikmColumn.Index, out var ikm) || ikm.Number is not (>= 25 and <= 100))
        {
            return;
        }

        var year = ikmColumn.Year ?? TableContext.YearOf(table) ?? context.Year;
        var respondents = table.Columns.FirstOrDefault(c => NameKey.Of(string.Join(' ', c.Labels)).Contains("responden", StringComparison.Ordinal)) is { } counted
            && table.TryValue(row, counted.Index, out var count) && count.Number is { } n && n == decimal.Truncate(n) ? (int)n : (int?)null;
        var mutu = table.Columns.FirstOrDefault(c => c.Role == ColumnRole.Category && SubjectWords.NamesMutu(c.Label)) is { } graded
            && table.TryValue(row, graded.Index, out var grade) ? grade.Grade : null;
        var source = context.Source(table.Caption, row.Number, TableContext.Confidence(table));
        context.Ikm.Add(new ExtractedIkm(context.Profile.Unit, year, respondents, [], null, ikm.Number, mutu, source));
        if (context.Indicators.FirstOrDefault(v => v.Unit == context.Profile.Unit && !v.Source.IsProse && SubjectWords.NamesIkm(v.Indicator)) is { } own)
        {
            context.Indicators.Add(new ExtractedIndicatorValue(context.Profile.Unit, own.Level, own.Goal, own.Indicator, own.Satuan, own.Polarity,
                year, IndicatorValueKind.Realization, ikm.Number, ikm.Printed, null, source));
        }
    }

    private static TableColumn? IkmColumn(TextTable table) =>
        table.Columns.FirstOrDefault(c => c.Role is ColumnRole.Value or ColumnRole.Unknown or ColumnRole.YearValue && SubjectWords.NamesIkm(string.Join(' ', c.Labels)));

    private static TableColumn? ServiceColumn(TextTable table) =>
        table.Columns.FirstOrDefault(c => c.Role is ColumnRole.Unknown or ColumnRole.Name && NameKey.Of(string.Join(' ', c.Labels)).Contains("layanan", StringComparison.Ordinal));

    /// <summary>The row the unit's own IKM stands on: "IKM Dinas", "Nilai IKM", "Rata-rata", "Jumlah", the last row.</summary>
    private static Documents.ReportLine? UnitRow(TextTable table)
    {
        var service = ServiceColumn(table);
        return service is null ? null
            : table.DataRows.LastOrDefault(r => UnitRowName().IsMatch(NameKey.Of(string.Join(' ', r.Cells.Take(service.Index + 1)))));
    }

    [GeneratedRegex(@"^(\d+ )?(ikm|nilai ikm|indeks kepuasan masyarakat|rata rata|jumlah|total|nilai rata rata)\b")]
    private static partial Regex UnitRowName();
}
