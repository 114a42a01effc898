using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Reads a year's IKM surveyed period by period ("Periode | Jumlah Responden | Nilai IKM | Mutu" with a row per triwulan,
/// semester or month): the row summing them up ("Rata-rata", "Tahun 2023") is the year's survey result, and each
/// period's score is kept for the audit to hold that row to their mean.
/// </summary>
internal static partial class IkmPeriodRowsReader
{
    private const int MinimumPeriods = 2;

    public static bool CanRead(TextTable table) => Layout.Of(table) is not null;

    public static void Read(TextTable table, ReadingContext context)
    {
        if (Layout.Of(table) is not { } layout)
        {
            return;
        }

        var periods = new List<IkmPeriodScore>();
        foreach (var row in layout.Periods)
        {
            var respondents = layout.Respondents is { } r && table.TryValue(row, r.Index, out var count) ? (int?)count.Number : null;
            table.TryValue(row, layout.Score.Index, out var periodScore);
            periods.Add(new IkmPeriodScore(Names.Clean(table.Cell(row, layout.Period.Index)), periodScore.Number!.Value, respondents, row.Number));
        }

        var summary = layout.Summary;
        table.TryValue(summary, layout.Score.Index, out var score);
        var mutu = layout.Mutu is { } m && table.TryValue(summary, m.Index, out var grade) && grade.Grade is not null ? grade.Grade : null;
        int? total = layout.Respondents is { } column && table.TryValue(summary, column.Index, out var all) ? (int?)all.Number : null;
        context.Ikm.Add(new ExtractedIkm(context.Profile.Unit, TableContext.YearOf(table) ?? context.Year, total ?? SumOf(periods), [], null, score.Number, mutu ?? score.Grade,
            context.Source(table.Caption, summary.Number, TableContext.Confidence(table)))
        {
            MutuLine = mutu is null ? null : summary.Number,
            PeriodScores = periods,
        });
    }

    private static int? SumOf(List<IkmPeriodScore> periods) =>
        periods.TrueForAll(p => p.Respondents is not null) ? periods.Sum(p => p.Respondents!.Value) : null;

    /// <summary>"Triwulan I", "TW II", "Semester 2", "Januari": a part of the year a survey was held in.</summary>
    private static bool IsPeriod(string cell) => Period().IsMatch(NameKey.Of(cell));

    [GeneratedRegex(@"^(triwulan|tw|semester|smt|periode)\s+([ivx]{1,4}|[1-4])$|^(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)$")]
    private static partial Regex Period();

    /// <summary>The column of periods with their rows, the IKM score column, the row summing them up, and the mutu and respondents columns when printed.</summary>
    private sealed record Layout(TableColumn Period, List<ReportLine> Periods, TableColumn Score, ReportLine Summary, TableColumn? Mutu, TableColumn? Respondents)
    {
        public static Layout? Of(TextTable table)
        {
            if (!SubjectWords.NamesIkm(table.Context) && !table.Columns.Any(c => SubjectWords.NamesIkm(c.Label)))
            {
                return null;
            }

            foreach (var period in table.Columns)
            {
                var rows = table.DataRows.Where(r => IsPeriod(table.Cell(r, period.Index))).ToList();
                if (rows.Count < MinimumPeriods)
                {
                    continue;
                }

                var score = table.Columns.Where(c => c.Index != period.Index && rows.TrueForAll(r => table.TryValue(r, c.Index, out var v) && v.Number is >= 25 and <= 100))
                    .OrderByDescending(c => SubjectWords.NamesIkm(c.Label)).FirstOrDefault();
                var summary = table.DataRows.FirstOrDefault(r => r.Number > rows[^1].Number && score is not null && IsSummary(r)
                    && table.TryValue(r, score.Index, out var v) && v.Number is >= 25 and <= 100);
                if (score is null || summary is null)
                {
                    continue;
                }

                var mutu = table.Columns.FirstOrDefault(c => c.Index != score.Index && SubjectWords.NamesMutu(c.Label));
                var respondents = table.Columns.FirstOrDefault(c => NameKey.Of(c.Label).Contains("responden", StringComparison.Ordinal));
                return new Layout(period, rows, score, summary, mutu, respondents);
            }

            return null;
        }

        // "Rata-rata", "Jumlah", "IKM Tahun 2023", "Tahun 2023": the row over the periods, by the words it prints.
        private static bool IsSummary(ReportLine row)
        {
            var label = NameKey.Of(string.Join(' ', row.Cells.Where(c => !CellValue.TryParse(c, out _))));
            return IndicatorTableReader.IsSummaryLabel(label) || label.StartsWith("tahun", StringComparison.Ordinal) || label.StartsWith("ikm tahun", StringComparison.Ordinal)
                || label.StartsWith("nilai ikm", StringComparison.Ordinal);
        }
    }
}
