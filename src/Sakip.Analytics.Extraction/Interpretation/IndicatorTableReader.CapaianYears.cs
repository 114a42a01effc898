using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class IndicatorTableReader
{
    /// <summary>
    /// "Indikator | Satuan | Capaian 2021 | Capaian 2022 | Capaian 2023" with no target or realization beside them:
    /// "capaian" in its everyday sense, the realizations of those years, when the report year's figures are the
    /// realizations the report's tables gave before and not their capaian. Those columns are read as realizations.
    /// </summary>
    private static void ReadCapaianYearsAsRealizations(TextTable table, ReadingContext context)
    {
        var measured = table.Columns.Where(c => Kind(table, c) is not null).ToList();
        var ofReportYear = measured.FirstOrDefault(c => c.Year == context.Year);
        if (measured.Count < 2 || ofReportYear is null || !measured.TrueForAll(c => c is { Role: ColumnRole.Capaian, Year: not null })
            || !table.Has(ColumnRole.Indicator))
        {
            return;
        }

        var earlier = context.Indicators.Where(v => !v.Source.IsProse && v.Year == context.Year && v.Value is not null).ToLookup(v => NameKey.Of(v.Indicator));
        var (realizations, capaians) = (0, 0);
        foreach (var row in table.DataRows)
        {
            var name = NameKey.Of(string.Join(' ', table.ColumnsWith(ColumnRole.Indicator).Select(c => table.Cell(row, c.Index))));
            if (!table.TryValue(row, ofReportYear.Index, out var value) || !value.HasNumber || !earlier.Contains(name))
            {
                continue;
            }

            var isRealization = earlier[name].Any(v => v.Kind == IndicatorValueKind.Realization && v.Value == value.Number);
            var isCapaian = earlier[name].Any(v => v.Kind == IndicatorValueKind.ReportedCapaian && v.Value == value.Number);
            realizations += isRealization && !isCapaian ? 1 : 0;
            capaians += isCapaian && !isRealization ? 1 : 0;
        }

        if (realizations > 0 && capaians == 0)
        {
            table.Columns = [.. table.Columns.Select(c => measured.Contains(c) ? c with { Role = ColumnRole.Realization } : c)];
        }
    }
}
