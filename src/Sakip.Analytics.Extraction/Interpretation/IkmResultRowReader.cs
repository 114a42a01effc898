using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Reads a survey's result printed as one row under its header ("Nilai IKM | Mutu Pelayanan | Kinerja Unit Pelayanan |
/// Jumlah Responden"): the IKM of the year the caption names, else of the report's year.
/// </summary>
internal static partial class IkmResultRowReader
{
    private const decimal LowestIkm = 25;
    private const decimal HighestIkm = 100;

    public static bool CanRead(TextTable table) => Layout.Of(table) is not null;

    public static void Read(TextTable table, ReadingContext context)
    {
        if (Layout.Of(table) is not { } layout)
        {
            return;
        }

        var row = table.DataRows[0];
        table.TryValue(row, layout.Score.Index, out var score);
        CellValue? mutu = layout.Mutu is { } m && table.TryValue(row, m.Index, out var grade) && grade.Grade is not null ? grade : null;
        int? respondents = layout.Respondents is { } r && table.TryValue(row, r.Index, out var count) && count.Number is { } n && n == decimal.Truncate(n) && n > 0
            ? (int)n
            : null;
        context.Ikm.Add(new ExtractedIkm(context.Profile.Unit, CaptionYear(table, context.Year) ?? context.Year, respondents, [], null, score.Number, mutu?.Grade ?? score.Grade,
            context.Source(table.Caption, row.Number, TableContext.Confidence(table)))
        {
            MutuLine = mutu is null ? null : row.Number,
            RespondentsLine = respondents is null ? null : row.Number,
        });
    }

    /// <summary>The one year the caption names, a regulation's left out ("Permenpan RB Nomor 14 Tahun 2017"), when it is one of the report's last years.</summary>
    private static int? CaptionYear(TextTable table, int reportYear)
    {
        var years = Year().Matches(LegalCitation.WithoutCitations(table.Context)).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        return years is [var year] && year <= reportYear && year >= reportYear - RecentYears ? year : null;
    }

    private const int RecentYears = 5;


    [GeneratedRegex(@"(?<![\d.,\-–])(19|20)\d\d(?![\d.,]\d|\s*[-–])")]
    private static partial Regex Year();

    /// <summary>The IKM column, and the mutu and respondents columns when printed, over a single row.</summary>
    private sealed record Layout(TableColumn Score, TableColumn? Mutu, TableColumn? Respondents)
    {
        private static readonly ColumnRole[] NotTheScore = [ColumnRole.Target, ColumnRole.RenstraTarget, ColumnRole.Capaian, ColumnRole.CapaianRenstra];

        public static Layout? Of(TextTable table)
        {
            if (table.DataRows.Count != 1 || table.Has(ColumnRole.Unit) || table.Has(ColumnRole.Indicator) || YearRows.Column(table) is not null)
            {
                return null;
            }

            // The realized score: not a target's or capaian's column; and one only ("Nilai IKM 2022 | Nilai IKM 2023" is a history).
            var row = table.DataRows[0];
            var scores = table.Columns.Where(c => SubjectWords.NamesIkm(c.Label) && !SubjectWords.NamesMutu(c.Label) && !NotTheScore.Contains(c.Role)
                && table.TryValue(row, c.Index, out var v) && v.Number is >= LowestIkm and <= HighestIkm).ToList();
            var score = scores is [var only] ? only : null;
            var mutu = table.Columns.FirstOrDefault(c => SubjectWords.NamesMutu(c.Label));
            var respondents = table.Columns.FirstOrDefault(c => NameKey.Of(c.Label).Contains("responden", StringComparison.Ordinal));
            return score is not null && (mutu is not null || respondents is not null) ? new Layout(score, mutu, respondents) : null;
        }
    }
}
