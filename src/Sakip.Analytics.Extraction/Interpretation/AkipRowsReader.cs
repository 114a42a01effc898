using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Reads AKIP tables whose rows are the components (Perencanaan ... Evaluasi, Total, Kategori) and
/// whose columns are years, or a year's target, realization and percentage.
/// </summary>
internal static class AkipRowsReader
{
    /// <remarks>A table of pagu and realisasi is a budget, however its sub kegiatan are named ("Perencanaan Perangkat Daerah").</remarks>
    public static bool CanRead(TextTable table) =>
        RowNames(table).Where((name, i) => AkipComponents.Of(name) is not null && table.DataRows[i].Cells.Any(RowShapes.IsDataNumber)).Count() >= 3
        && !table.Has(ColumnRole.Pagu) && !table.Has(ColumnRole.BudgetRealisasi);

    public static void Read(TextTable table, IReadOnlyList<ReportLine> pageLines, ReadingContext context)
    {
        var valueColumns = table.Columns.Where(c => c.Role is ColumnRole.Target or ColumnRole.RenstraTarget or ColumnRole.Realization or ColumnRole.YearValue or ColumnRole.Value or ColumnRole.Unknown)
            .Where(c => table.DataRows.Any(r => RowShapes.IsDataNumber(table.Cell(r, c.Index))))
            .ToList();
        var percentColumns = table.ColumnsWith(ColumnRole.Capaian).ToList();
        var evaluator = Evaluator(table, pageLines, context);
        foreach (var column in valueColumns)
        {
            var kind = column.Role is ColumnRole.Target or ColumnRole.RenstraTarget ? AkipValueKind.Target : AkipValueKind.Realization;
            var year = column.Year ?? context.Year;
            var percent = kind == AkipValueKind.Realization ? percentColumns.FirstOrDefault(p => p.Year == column.Year || p.Group == column.Group) : null;
            var components = new Dictionary<AkipComponent, decimal>();
            var lines = new Dictionary<AkipComponent, int>();
            var percents = new Dictionary<AkipComponent, decimal>();
            decimal? total = null;
            string? totalText = null;
            CellValue? totalPercent = null;
            string? predikat = null;
            int? totalLine = null;
            int? predikatLine = null;
            AkipComponent? above = null;
            var parts = new Dictionary<AkipComponent, List<AkipSubScore>>();
            var names = RowNames(table);
            foreach (var (row, name) in table.DataRows.Zip(names))
            {
                var cell = table.Cell(row, column.Index);
                if (above is { } parent && IsSubComponentRow(row) && AkipComponents.Of(name) is null
                    && CellValue.TryParse(cell, table.Convention, out var part) && part.Number is { } partScore)
                {
                    // "a | Pemenuhan Perencanaan Kinerja | 6 | 5,00" under "1 | Perencanaan Kinerja": a part of the component above.
                    parts[parent].Add(new AkipSubScore(partScore, part.Printed, row.Number));
                    continue;
                }

                if (AkipComponents.Of(name) is { } component)
                {
                    above = component;
                    parts[component] = [];
                    if (CellValue.TryParse(cell, table.Convention, out var value) && value.Number is { } score)
                    {
                        components[component] = score;
                        lines[component] = row.Number;
                        if (percent is not null && table.TryValue(row, percent.Index, out var pct) && pct.Number is { } p)
                        {
                            percents[component] = p;
                        }
                    }
                }
                else if (AkipComponents.IsTotal(name) && CellValue.TryParse(cell, table.Convention, out var totalValue) && totalValue.Number is not null)
                {
                    above = null;
                    total = totalValue.Number;
                    totalText = totalValue.Printed;
                    totalLine = row.Number;
                    if (percent is not null && table.TryValue(row, percent.Index, out var totalPct) && totalPct.HasNumber)
                    {
                        totalPercent = totalPct;
                    }

                    predikat ??= totalValue.Grade;
                }
                else if (AkipComponents.IsPredikat(name) && CellValue.TryParse(cell, out var grade) && grade.Grade is not null)
                {
                    predikat = grade.Grade;
                    predikatLine = row.Number;
                }
            }

            if (components.Count < 3)
            {
                continue;
            }

            var regulation = components.ContainsKey(AkipComponent.Capaian) ? AkipRegulation.PermenPanRb12Of2015 : AkipRegulation.PermenPanRb88Of2021;
            context.Akip.Add(new ExtractedAkip(context.Profile.Unit, year, kind, regulation, components, total, predikat, evaluator,
                context.Source(table.Caption, totalLine ?? lines.Values.Max(), TableContext.Confidence(table)))
            {
                ComponentLines = lines,
                ComponentReportedPercent = percents,
                PredikatLine = predikatLine,
                TotalText = totalText,
                TotalReportedPercent = totalPercent?.Number,
                TotalReportedPercentText = totalPercent?.Printed,
                SubComponents = parts.Where(p => p.Value.Count >= 2 && components.ContainsKey(p.Key))
                    .ToDictionary(p => p.Key, p => (IReadOnlyList<AkipSubScore>)p.Value),
            });
        }
    }

    /// <summary>A row numbered with a letter ("a", "b.", "c)"): a sub-component under the numbered component above it.</summary>
    private static bool IsSubComponentRow(ReportLine row) =>
        row.Cells.Select(c => Markup.Strip(c).Trim()).FirstOrDefault(c => c.Length > 0) is { } first
        && (first.TrimEnd('.', ')') is [>= 'a' and <= 'z'] || first.Length > 3 && first[0] is >= 'a' and <= 'z' && first[1] is '.' or ')' && first[2] == ' ');

    /// <summary>
    /// Each data row's name; a component named over two lines with its figures on the second ("Evaluasi Akuntabilitas" over
    /// "4 | Kinerja Internal | 10 | 6,10") takes the words above.
    /// </summary>
    private static List<string> RowNames(TextTable table)
    {
        var rows = table.DataRows;
        var names = rows.Select(row => NameOf(table, row)).ToList();
        for (var i = 1; i < rows.Count; i++)
        {
            var withAbove = $"{names[i - 1]} {names[i]}";
            // The line above may print the row's number ("4 | Evaluasi Akuntabilitas |" over "| Kinerja Internal | 10 | 6,10"), never a figure.
            if (AkipComponents.Of(names[i]) is null && rows[i - 1].Number == rows[i].Number - 1 && !rows[i - 1].Cells.Skip(1).Any(RowShapes.IsDataNumber)
                && AkipComponents.Of(withAbove) is not null)
            {
                names[i] = withAbove;
            }
        }

        return names;
    }

    private static string NameOf(TextTable table, ReportLine row) =>
        row.Cells.Select(Markup.Strip).FirstOrDefault(c => c.Length > 1 && !RowShapes.IsDataNumber(c) && Names.EnumeratorOf(c) is null) ?? string.Empty;

    internal static string? Evaluator(TextTable table, IReadOnlyList<ReportLine> pageLines, ReadingContext context)
    {
        var end = BudgetTableReader.IndexOf(pageLines, table.LastLine);
        var notes = pageLines.Skip(end + 1).Take(4).Select(l => l.Text).Append(table.Context);
        return notes.Any(n => n.Contains("Inspektorat", StringComparison.OrdinalIgnoreCase))
            ? $"Inspektorat Daerah {context.Profile.Tenant}".Trim()
            : null;
    }
}
