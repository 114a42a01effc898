using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Reads a unit's AKIP history printed one year per row ("No | Tahun Evaluasi | Nilai AKIP | Predikat |
/// Dasar Evaluasi"), with the components as columns when the table prints them. Each row is one
/// evaluation, placed on its own line; a target column ("Tahun | Target | Realisasi | Predikat") gives
/// that year's target too.
/// </summary>
internal static class AkipYearRowsReader
{
    public static bool CanRead(TextTable table) => Layout.Of(table) is not null;

    public static void Read(TextTable table, IReadOnlyList<ReportLine> pageLines, ReadingContext context)
    {
        if (Layout.Of(table) is not { } layout)
        {
            return;
        }

        var evaluator = AkipRowsReader.Evaluator(table, pageLines, context);
        var predikatColumn = table.ColumnsWith(ColumnRole.Category).FirstOrDefault(c => !SubjectWords.NamesMutu(c.Label));
        foreach (var row in table.DataRows)
        {
            if (RowShapes.YearOf(table.Cell(row, layout.Year.Index)) is not { } year || !table.TryValue(row, layout.Score.Index, out var total) || total.Number is null)
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

            CellValue? predikat = predikatColumn is not null && table.TryValue(row, predikatColumn.Index, out var p) && p.Grade is not null ? p : null;
            context.Akip.Add(new ExtractedAkip(
                context.Profile.Unit,
                year,
                AkipValueKind.Realization,
                AkipRegulations.Of(string.Join(' ', row.Cells), components.ContainsKey(AkipComponent.Capaian), year),
                components,
                total.Number,
                predikat?.Grade ?? total.Grade,
                evaluator,
                context.Source(table.Caption, row.Number, TableContext.Confidence(table)))
            {
                ComponentLines = components.Keys.ToDictionary(c => c, _ => row.Number),
                PredikatLine = predikat is null ? null : row.Number,
                TotalText = total.Printed,
            });
            AddTarget(table, row, layout, year, evaluator, context);
        }
    }

    private static void AddTarget(TextTable table, ReportLine row, Layout layout, int year, string? evaluator, ReadingContext context)
    {
        if (layout.Target is null || !table.TryValue(row, layout.Target.Index, out var target) || target.Number is null)
        {
            return;
        }

        context.Akip.Add(new ExtractedAkip(
            context.Profile.Unit,
            year,
            AkipValueKind.Target,
            AkipRegulations.Of(string.Join(' ', row.Cells), false, year),
            new Dictionary<AkipComponent, decimal>(),
            target.Number,
            target.Grade,
            evaluator,
            context.Source(table.Caption, row.Number, TableContext.Confidence(table)))
        {
            TotalText = target.Printed,
        });
    }

    /// <summary>The column of years and the column of AKIP scores that make a table a year-per-row history.</summary>
    private sealed record Layout(TableColumn Year, TableColumn Score, TableColumn? Target)
    {
        public static Layout? Of(TextTable table)
        {
            if (table.Has(ColumnRole.Unit))
            {
                return null;
            }

            var year = YearRows.Column(table);
            if (year is null)
            {
                return null;
            }

            // The caption names AKIP, or the columns are its components ("Tahun | Perencanaan | ... | Total").
            var aboutAkip = SubjectWords.NamesAkip(table.Context) || AkipComponents.Columns.Count(c => table.Has(c.Role)) >= 3;
            var scores = table.Columns
                .Where(c => c.Index != year.Index && !SubjectWords.NamesIkm(c.Label))
                .Where(c => (c.Role is ColumnRole.Total or ColumnRole.Value or ColumnRole.Realization && (aboutAkip || SubjectWords.NamesAkip(c.Label)))
                    || (c.Role == ColumnRole.Unknown && SubjectWords.NamesAkip(c.Label)))
                .Where(c => Scores(table, year, c))
                .ToList();

            // The score column is the one its header calls AKIP; else the only total, value or realisasi column of a table about AKIP.
            var score = scores.FirstOrDefault(c => SubjectWords.NamesAkip(c.Label)) ?? (scores.Count == 1 ? scores[0] : null)
                ?? (scores.Count == 0 ? AkipTotalColumn.Of(table, YearRows.Of(table, year).ToList()) : null);
            var target = score?.Role == ColumnRole.Realization ? table.ColumnsWith(ColumnRole.Target).FirstOrDefault(c => Scores(table, year, c)) : null;
            return score is null ? null : new Layout(year, score, target);
        }

        private static bool Scores(TextTable table, TableColumn year, TableColumn column) =>
            YearRows.Of(table, year).Count(r => table.TryValue(r, column.Index, out var v) && v.Number is >= 0 and <= 100) >= YearRows.MinimumYears;
    }
}
