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
    public static bool CanRead(TextTable table) => HasComponents(table) || ScoreColumns(table).Count > 0;

    private static bool HasComponents(TextTable table) => AkipComponents.Columns.Count(c => table.Has(c.Role)) >= 3;

    /// <summary>
    /// The score columns of a recap without components: a table about AKIP naming units and no indicator. Several only
    /// when each names its year ("Nilai AKIP 2022 | Nilai AKIP 2023"), else the first.
    /// </summary>
    private static List<TableColumn> ScoreColumns(TextTable table)
    {
        if (!SubjectWords.NamesAkip(table.Context) || !table.Has(ColumnRole.Unit) || table.Has(ColumnRole.Indicator) || table.Has(ColumnRole.Target))
        {
            return [];
        }

        // "Nama Kecamatan | 2021 | 2022 | 2023" under "Perbandingan Nilai AKIP Antar Kecamatan": each year's column is that year's score.
        var scores = table.Columns.Where(c => c.Role is ColumnRole.Total or ColumnRole.Value or ColumnRole.YearValue || c.Role == ColumnRole.Unknown && SubjectWords.NamesAkip(c.Label)).ToList();
        return scores.Count > 1 && scores.TrueForAll(c => c.Year is not null) && scores.Select(c => c.Year).Distinct().Count() == scores.Count ? scores : [.. scores.Take(1)];
    }

    public static void Read(TextTable table, IReadOnlyList<ReportLine> pageLines, ReadingContext context)
    {
        var unitColumn = table.Columns.FirstOrDefault(c => c.Role is ColumnRole.Unit or ColumnRole.Name);
        var scoresOnly = !HasComponents(table);
        var totalColumns = scoresOnly ? ScoreColumns(table) : AkipTotalColumn.Of(table, table.DataRows) is { } sum ? [sum] : [];
        var tableYear = TableContext.YearOf(table) ?? context.Year;
        var evaluator = AkipRowsReader.Evaluator(table, pageLines, context) ?? (table.Context.Contains("SAKIP", StringComparison.OrdinalIgnoreCase)
            ? $"Inspektorat Daerah {context.Profile.Tenant}".Trim() : null);
        foreach (var row in table.DataRows)
        {
            var printed = unitColumn is null ? null : Names.Clean(table.Cell(row, unitColumn.Index));
            if (string.IsNullOrEmpty(printed) || IndicatorTableReader.IsSummaryLabel(NameKey.Of(printed)))
            {
                // "Rata-rata", "Jumlah": a mean or sum over the units, no unit's evaluation.
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

            foreach (var totalColumn in totalColumns.DefaultIfEmpty())
            {
                CellValue? total = totalColumn is not null && table.TryValue(row, totalColumn.Index, out var t) ? t : null;
                if (scoresOnly ? total?.Number is not (>= 0 and <= 100) : components.Count < 3)
                {
                    continue;
                }

                var predikatColumn = PredikatColumn(table, totalColumn, totalColumns);
                CellValue? predikat = predikatColumn is not null && table.TryValue(row, predikatColumn.Index, out var p) ? p : null;
                var regulation = components.ContainsKey(AkipComponent.Capaian) ? AkipRegulation.PermenPanRb12Of2015 : AkipRegulation.PermenPanRb88Of2021;
                context.Akip.Add(new ExtractedAkip(
                    context.ResolveUnit(printed, unitColumn!.Labels.LastOrDefault(l => l.Length > 0)),
                    totalColumns.Count > 1 ? totalColumn!.Year!.Value : tableYear,
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

    /// <summary>The predikat column of a score: the one of its year, else the only one, beside the last year's score when several are read.</summary>
    private static TableColumn? PredikatColumn(TextTable table, TableColumn? score, List<TableColumn> scores)
    {
        var predikats = table.ColumnsWith(ColumnRole.Category).ToList();
        if (predikats.Find(c => c.Year is not null && c.Year == score?.Year) is { } ofYear)
        {
            return ofYear;
        }

        return predikats.TrueForAll(c => c.Year is null) && (scores.Count <= 1 || score == scores[^1]) ? predikats.FirstOrDefault() : null;
    }
}
