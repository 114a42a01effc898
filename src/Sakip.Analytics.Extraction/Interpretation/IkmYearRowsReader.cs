using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Reads a unit's IKM history printed one year per row ("Tahun | Nilai IKM | Mutu Pelayanan | Kinerja
/// Unit Pelayanan"): each row is that year's survey result, placed on its own line.
/// </summary>
internal static class IkmYearRowsReader
{
    public static bool CanRead(TextTable table) => Layout.Of(table) is not null;

    public static void Read(TextTable table, ReadingContext context)
    {
        if (Layout.Of(table) is not { } layout)
        {
            return;
        }

        foreach (var row in table.DataRows)
        {
            if (RowShapes.YearOf(table.Cell(row, layout.Year.Index)) is not { } year || !table.TryValue(row, layout.Score.Index, out var score)
                || score.Number is not (>= Layout.LowestIkm and <= Layout.HighestIkm))
            {
                continue;
            }

            CellValue? mutu = layout.Mutu is { } column && table.TryValue(row, column.Index, out var m) && m.Grade is not null ? m : null;
            context.Ikm.Add(new ExtractedIkm(context.Profile.Unit, year, null, [], null, score.Number, mutu?.Grade ?? score.Grade,
                context.Source(table.Caption, row.Number, TableContext.Confidence(table)))
            {
                MutuLine = mutu is null ? null : row.Number,
            });
        }
    }

    /// <summary>The column of years, the column of IKM scores and, when printed, the column of mutu grades.</summary>
    private sealed record Layout(TableColumn Year, TableColumn Score, TableColumn? Mutu)
    {
        public const decimal LowestIkm = 25;
        public const decimal HighestIkm = 100;

        private static readonly ColumnRole[] NotTheScore =
            [ColumnRole.Target, ColumnRole.RenstraTarget, ColumnRole.Capaian, ColumnRole.CapaianRenstra, ColumnRole.NationalRealization, ColumnRole.Ignore];

        public static Layout? Of(TextTable table)
        {
            if (table.Has(ColumnRole.Unit) || table.Has(ColumnRole.Indicator))
            {
                return null;
            }

            var year = YearRows.Column(table);
            if (year is null)
            {
                return null;
            }

            var scores = table.Columns
                .Where(c => c.Index != year.Index && !NotTheScore.Contains(c.Role))
                .Where(c => YearRows.Of(table, year).Count(r => table.TryValue(r, c.Index, out var v) && v.Number is >= LowestIkm and <= HighestIkm) >= YearRows.MinimumYears)
                .ToList();

            // The score is the column its header calls IKM; else, under a caption about the IKM, its only
            // value or realization column.
            var score = scores.FirstOrDefault(c => SubjectWords.NamesIkm(c.Label));
            if (score is null && SubjectWords.NamesIkm(table.Context) && !SubjectWords.NamesAkip(table.Context))
            {
                var values = scores.Where(c => c.Role is ColumnRole.Value or ColumnRole.Total or ColumnRole.Realization).ToList();
                score = values.Count == 1 ? values[0] : null;
            }

            if (score is null)
            {
                return null;
            }

            var grades = table.ColumnsWith(ColumnRole.Category)
                .Where(c => YearRows.Of(table, year).Any(r => table.TryValue(r, c.Index, out var v) && v.Grade is not null && v.Number is null))
                .ToList();
            // "Mutu Pelayanan"; else the grade printed after the score, before any AKIP column ("Nilai IKM | Kategori | Nilai AKIP | Predikat").
            var akipAfter = table.Columns.FirstOrDefault(c => c.Index > score.Index && SubjectWords.NamesAkip(c.Label))?.Index ?? int.MaxValue;
            var mutu = grades.FirstOrDefault(c => SubjectWords.NamesMutu(c.Label))
                ?? grades.FirstOrDefault(c => c.Index > score.Index && c.Index < akipAfter);
            return new Layout(year, score, mutu);
        }
    }
}
