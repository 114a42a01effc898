using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class IndicatorTableReader
{
    /// <summary>"Rata-rata Capaian IKU", "Capaian rata-rata", "Rata-rata": a mean of the rows above, not an indicator.</summary>
    private static bool IsAverageRow(string name) => AverageName().IsMatch(NameKey.WithoutEnumerator(name));

    /// <summary>
    /// A row without an indicator whose label ("Rata-rata Capaian" merged across the columns) the conversion
    /// put under the number or the satuan: still an average, not one more value of the indicator above.
    /// </summary>
    private static bool IsAverageRow(ReportLine row, string indicator) =>
        IsAverageRow(indicator) || indicator.Length == 0 && row.Cells.Select(Markup.Strip).Any(c => c.Length > 0 && !RowShapes.IsDataNumber(c) && IsAverageRow(c));

    /// <summary>
    /// A capaian that is a mean: of a sasaran's indicators (a "Capaian Sasaran" column, or a capaian
    /// beside a sasaran that no indicator column details) or of all the IKU (an average row).
    /// </summary>
    private static void AddAverage(TextTable table, ReportLine row, TableColumn column, CellValue value, string? goal, string unit, double confidence, ReadingContext context)
    {
        var year = column.Year ?? context.Year;
        if (value.Number is not { } number || column.Role is not (ColumnRole.Capaian or ColumnRole.SasaranCapaian) || year > context.Year
            || goal is not null && goal.Length == 0)
        {
            return;
        }

        context.AverageCapaian.Add(new ExtractedAverageCapaian(unit, goal, year, number, value.Printed, context.Source(table.Caption, row.Number, confidence)));
    }

    [GeneratedRegex(@"^(nilai )?((rata rata|rerata) (capaian|persentase capaian|nilai capaian)|capaian (kinerja )?rata rata|(rata rata|rerata)$)|^(jumlah|total) (nilai )?capaian\b")]
    private static partial Regex AverageName();
}
