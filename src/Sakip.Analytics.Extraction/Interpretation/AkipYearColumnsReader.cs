using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Reads a target and realization printed as rows with the years as columns ("Uraian | 2021 | 2022 |
/// 2023" over "Target Nilai AKIP", "Realisasi Nilai AKIP", "Capaian (%)", "Predikat"). Per year: the
/// AKIP target and realization, each on its own row's line, the capaian and predikat with them. Rows
/// about the IKM ("Realisasi IKM", "Mutu Pelayanan") give that year's IKM result.
/// </summary>
internal static class AkipYearColumnsReader
{
    public static bool CanRead(TextTable table) => Layout.Of(table) is not null;

    public static void Read(TextTable table, IReadOnlyList<ReportLine> pageLines, ReadingContext context)
    {
        if (Layout.Of(table) is not { } layout)
        {
            return;
        }

        var evaluator = AkipRowsReader.Evaluator(table, pageLines, context);
        var confidence = TableContext.Confidence(table);
        foreach (var column in layout.Years)
        {
            var year = column.Year!.Value;
            var predikat = layout.Cell(table, Subject.Akip, RowKind.Predikat, column);
            if (layout.Cell(table, Subject.Akip, RowKind.Target, column) is { } target)
            {
                var targetGrade = layout.Cell(table, Subject.Akip, RowKind.PredikatTarget, column);
                context.Akip.Add(new ExtractedAkip(context.Profile.Unit, year, AkipValueKind.Target, AkipRegulations.Of(table.Context, false, year), new Dictionary<AkipComponent, decimal>(),
                    target.Value.Number, targetGrade?.Value.Grade ?? target.Value.Grade, evaluator, context.Source(table.Caption, target.Line, confidence))
                {
                    PredikatLine = targetGrade?.Line,
                    TotalText = target.Value.Printed,
                });
            }

            if (layout.Cell(table, Subject.Akip, RowKind.Realization, column) is { } realization)
            {
                var capaian = layout.Cell(table, Subject.Akip, RowKind.Capaian, column);
                context.Akip.Add(new ExtractedAkip(context.Profile.Unit, year, AkipValueKind.Realization, AkipRegulations.Of(table.Context, false, year), new Dictionary<AkipComponent, decimal>(),
                    realization.Value.Number, predikat?.Value.Grade ?? realization.Value.Grade, evaluator, context.Source(table.Caption, realization.Line, confidence))
                {
                    PredikatLine = predikat?.Line,
                    TotalText = realization.Value.Printed,
                    TotalReportedPercent = capaian?.Value.Number,
                    TotalReportedPercentText = capaian?.Value.Printed,
                    TotalReportedPercentLine = capaian?.Line,
                });
            }

            if (layout.Cell(table, Subject.Ikm, RowKind.Realization, column) is { Value.Number: >= 25 and <= 100 } ikm)
            {
                var mutu = layout.Cell(table, Subject.Ikm, RowKind.Predikat, column);
                context.Ikm.Add(new ExtractedIkm(context.Profile.Unit, year, null, [], null, ikm.Value.Number, mutu?.Value.Grade ?? ikm.Value.Grade,
                    context.Source(table.Caption, ikm.Line, confidence))
                {
                    MutuLine = mutu?.Line,
                });
            }
        }
    }

    private enum Subject
    {
        Akip,
        Ikm,
    }

    private enum RowKind
    {
        Target,
        Realization,
        Capaian,
        Predikat,
        PredikatTarget,
    }

    /// <summary>The year columns, and the row of each subject and kind.</summary>
    private sealed record Layout(IReadOnlyList<TableColumn> Years, IReadOnlyDictionary<(Subject, RowKind), ReportLine> Rows)
    {
        public (CellValue Value, int Line)? Cell(TextTable table, Subject subject, RowKind kind, TableColumn column) =>
            Rows.TryGetValue((subject, kind), out var row) && table.TryValue(row, column.Index, out var value) && (value.HasNumber || value.Grade is not null)
                ? (value, row.Number)
                : null;

        public static Layout? Of(TextTable table)
        {
            if (table.Has(ColumnRole.Unit) || table.Has(ColumnRole.Indicator) || AkipRowsReader.CanRead(table))
            {
                return null;
            }

            var years = table.Columns.Where(c => c.Year is not null && c.Role is ColumnRole.YearValue or ColumnRole.Value or ColumnRole.Unknown).ToList();
            if (years.Count == 0)
            {
                return null;
            }

            var captionSubject = SubjectWords.NamesAkip(table.Context) == SubjectWords.NamesIkm(table.Context) ? (Subject?)null
                : SubjectWords.NamesAkip(table.Context) ? Subject.Akip : Subject.Ikm;
            var labelled = table.DataRows
                .Select(r => (Row: r, Label: Label(table, r, years[0].Index)))
                .Where(r => r.Label.Length > 0 && years.Any(c => table.TryValue(r.Row, c.Index, out var v) && (v.HasNumber || v.Grade is not null)))
                .ToList();
            var rows = new Dictionary<(Subject, RowKind), ReportLine>();
            var hasRealization = labelled.Exists(l => NameKey.Of(l.Label).Contains("realisasi", StringComparison.Ordinal));
            var namesAkip = labelled.Exists(l => SubjectWords.NamesAkip(l.Label));
            foreach (var (row, label) in labelled)
            {
                // The mutu is the IKM's grade, the predikat the AKIP's: a row naming neither follows the caption.
                var subject = SubjectWords.NamesAkip(label) ? Subject.Akip
                    : SubjectWords.NamesIkm(label) || SubjectWords.NamesMutu(label) ? Subject.Ikm
                    : captionSubject ?? (namesAkip ? Subject.Akip : null);
                if (subject is { } s && KindOf(label, hasRealization) is { } kind)
                {
                    rows.TryAdd((s, kind), row);
                }
            }

            // A table of years, not of indicators: every labelled row is a kind of figure (or a bare "Nilai AKIP").
            var subjects = rows.Keys.Where(k => k.Item2 is RowKind.Target or RowKind.Realization).ToList();
            return subjects.Count > 0 && rows.Count == labelled.Count ? new Layout(years, rows) : null;
        }

        private static string Label(TextTable table, ReportLine row, int firstYear) =>
            row.Cells.Take(firstYear).Select(Markup.Strip).FirstOrDefault(c => c.Length > 1 && !RowShapes.IsDataNumber(c) && Names.EnumeratorOf(c) is null) ?? string.Empty;

        private static RowKind? KindOf(string label, bool tableHasRealization)
        {
            var key = NameKey.WithoutEnumerator(label.Replace("%", " persen ", StringComparison.Ordinal));
            if (key.Contains("predikat", StringComparison.Ordinal) || key.Contains("kategori", StringComparison.Ordinal) || key.StartsWith("mutu", StringComparison.Ordinal))
            {
                return key.Contains("target", StringComparison.Ordinal) ? RowKind.PredikatTarget : RowKind.Predikat;
            }

            if (key.Contains("persen", StringComparison.Ordinal) || key.StartsWith("persentase", StringComparison.Ordinal) || key.StartsWith("prosentase", StringComparison.Ordinal)
                || key.StartsWith("capaian", StringComparison.Ordinal) && tableHasRealization)
            {
                return RowKind.Capaian;
            }

            if (key.StartsWith("target", StringComparison.Ordinal) || key.Contains(" target", StringComparison.Ordinal))
            {
                return RowKind.Target;
            }

            // "Realisasi Nilai AKIP"; "Capaian Nilai AKIP" or a bare "Nilai AKIP" / "Nilai IKM" beside the target.
            return key.Contains("realisasi", StringComparison.Ordinal) || key.StartsWith("capaian", StringComparison.Ordinal) || key.StartsWith("nilai", StringComparison.Ordinal)
                || key.StartsWith("hasil", StringComparison.Ordinal) || key is "akip" or "sakip" or "ikm" or "skm"
                ? RowKind.Realization
                : null;
        }
    }
}
