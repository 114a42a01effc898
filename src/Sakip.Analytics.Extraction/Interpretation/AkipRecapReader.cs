using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Reads a recap of many OPD's AKIP evaluations (the Inspektorat's LHE recap): one row per unit,
/// one column per component, the total and the predikat; or, under a caption about AKIP, only the
/// score and the predikat of each unit ("No | Perangkat Daerah | Nilai | Predikat").
/// </summary>
internal static class AkipRecapReader
{
    public static bool CanRead(TextTable table) => HasComponents(table) || ScoreColumn(table) is not null;

    private static bool HasComponents(TextTable table) => AkipComponents.Columns.Count(c => table.Has(c.Role)) >= 3;

    /// <summary>The score column of a recap without components: a table about AKIP naming units and no indicator.</summary>
    private static TableColumn? ScoreColumn(TextTable table) =>
        SubjectWords.NamesAkip(table.Context) && table.Has(ColumnRole.Unit) && !table.Has(ColumnRole.Indicator) && !table.Has(ColumnRole.Target)
            ? table.Columns.FirstOrDefault(c => c.Role is ColumnRole.Total or ColumnRole.Value || c.Role == ColumnRole.Unknown && SubjectWords.NamesAkip(c.Label))
            : null;

    public static void Read(TextTable table, IReadOnlyList<ReportLine> pageLines, ReadingContext context)
    {
        var unitColumn = table.Columns.FirstOrDefault(c => c.Role is ColumnRole.Unit or ColumnRole.Name);
        var scoresOnly = !HasComponents(table);
        var totalColumn = scoresOnly ? ScoreColumn(table) : AkipTotalColumn.Of(table, table.DataRows);
        var predikatColumn = table.ColumnsWith(ColumnRole.Category).FirstOrDefault();
        var year = TableContext.YearOf(table) ?? context.Year;
        var evaluator = AkipRowsReader.Evaluator(table, pageLines, context) ?? (table.Context.Contains("SAKIP", StringComparison.OrdinalIgnoreCase)
            ? $"Inspektorat Daerah {context.Profile.Tenant}".Trim() : null);
        foreach (var row in table.DataRows)
        {
            var printed = unitColumn is null ? null : Names.Clean(table.Cell(row, unitColumn.Index));
            if (string.IsNullOrEmpty(printed))
            {
                continue;
            }

            var components = new Dictionary<AkipComponent, decimal>();
            foreach (var (role, component) in AkipComponents.Columns)
            {
                if (table.ColumnsWith(role).FirstOrDefault() is { } column && table.TryValue(row, column.Index, out var value) && value.Number is { } score)
                {
                    components[component] = score;
                }
            }

            CellValue? total = totalColumn is not null && table.TryValue(row, totalColumn.Index, out var t) ? t : null;
            if (scoresOnly ? total?.Number is not (>= 0 and <= 100) : components.Count < 3)
            {
                continue;
            }

            CellValue? predikat = predikatColumn is not null && table.TryValue(row, predikatColumn.Index, out var p) ? p : null;
            var regulation = components.ContainsKey(AkipComponent.Capaian) ? AkipRegulation.PermenPanRb12Of2015 : AkipRegulation.PermenPanRb88Of2021;
            context.Akip.Add(new ExtractedAkip(
                context.ResolveUnit(printed, unitColumn!.Labels.LastOrDefault(l => l.Length > 0)),
                year,
                AkipValueKind.Realization,
                regulation,
                components,
                total?.Number,
                predikat?.Grade ?? total?.Grade,
                evaluator,
                context.Source(table.Caption, row.Number, TableContext.Confidence(table)))
            {
                ComponentLines = components.Keys.ToDictionary(c => c, _ => row.Number),
                PredikatLine = predikat is null ? null : row.Number,
                TotalText = total?.Printed,
            });
        }
    }
}
