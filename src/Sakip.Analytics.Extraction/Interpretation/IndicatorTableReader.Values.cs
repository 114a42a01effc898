using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class IndicatorTableReader
{
    internal static IndicatorValueKind? Kind(TextTable table, TableColumn column) => column.Role switch
    {
        ColumnRole.Target => IsRevisedTarget(table, column) ? IndicatorValueKind.TargetRevised : IndicatorValueKind.Target,
        ColumnRole.RenstraTarget => IndicatorValueKind.RenstraTarget,
        ColumnRole.Realization => IndicatorValueKind.Realization,
        ColumnRole.Baseline when column.Year is not null => IndicatorValueKind.Realization,
        ColumnRole.Capaian => IndicatorValueKind.ReportedCapaian,
        ColumnRole.CapaianRenstra => IndicatorValueKind.ReportedCapaianRenstra,
        ColumnRole.NationalRealization => IndicatorValueKind.NationalRealization,
        _ => null,
    };

    /// <summary>The kind of one cell's figure: its column's, or the revised target a note under the table marks it as.</summary>
    internal static IndicatorValueKind? Kind(TextTable table, TableColumn column, ReportLine row) =>
        Kind(table, column) is IndicatorValueKind.Target && IsMarkedRevised(table, table.Cell(row, column.Index))
            ? IndicatorValueKind.TargetRevised
            : Kind(table, column);

    /// <summary>
    /// "Target PK Perubahan", or any target of a revised agreement's table except the first agreement's beside it
    /// ("Target PK Awal | Target PK Perubahan").
    /// </summary>
    private static bool IsRevisedTarget(TextTable table, TableColumn column) =>
        NameKey.Of(column.Label) is var label && !OriginalTargetWords().IsMatch(label)
        && (label.Contains("perubahan", StringComparison.Ordinal) || TableContext.IsRevisedAgreement(table));

    [GeneratedRegex(@"\b(awal|murni|semula|induk|sebelum)\b")]
    private static partial Regex OriginalTargetWords();

    /// <summary>
    /// "72 *)" in a measurement table whose note reads "*) target sesuai Perubahan Perjanjian Kinerja": the target the
    /// revised agreement set.
    /// </summary>
    private static bool IsMarkedRevised(TextTable table, string cell) =>
        NoteMark().Match(cell) is { Success: true } mark
        && NoteOfMark().Matches(table.Notes).Any(note => note.Groups["mark"].Length == mark.Groups["stars"].Length && RevisedNote().IsMatch(note.Groups["text"].Value));

    /// <summary>"72 *)", "72**": a note's mark after the figure, not a converter's bold ("**72**").</summary>
    [GeneratedRegex(@"(?<stars>\*+)\)|[^*](?<stars>\*+)$")]
    private static partial Regex NoteMark();

    /// <summary>"*) target PK Perubahan": a note line under the table, its mark and its text.</summary>
    [GeneratedRegex(@"(?<![*])(?<mark>\*+)\)?(?<text>[^*\n]*)")]
    private static partial Regex NoteOfMark();

    [GeneratedRegex(@"\b(perubahan|revisi|direvisi)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RevisedNote();

    /// <summary>"CAPAIAN S/D 2022 TERHADAP RENSTRA", "Capaian Kumulatif": progress over the Renstra period so far.</summary>
    private static bool IsCumulative(TableColumn column) =>
        NameKey.Of(column.Label) is var label && (label.Contains(" s d ", StringComparison.Ordinal) || label.StartsWith("s d ", StringComparison.Ordinal)
            || label.Contains("sampai dengan", StringComparison.Ordinal) || label.Contains("kumulatif", StringComparison.Ordinal));

    private static int YearOf(TextTable table, TableColumn column, IndicatorValueKind kind, ReadingContext context) =>
        column.Year ?? (kind == IndicatorValueKind.RenstraTarget ? RenstraEndOf(table, context) : CaptionYear(table, context) ?? context.Year);

    /// <summary>
    /// "Tabel 3.4 Capaian Kinerja Tahun 2022" over "Target | Realisasi | Capaian" with no year of their own: the figures
    /// are of the one year the caption names (last year's measurement, next year's agreement), not of the report's.
    /// </summary>
    private static int? CaptionYear(TextTable table, ReadingContext context)
    {
        if (table.Columns.Any(c => c.Year is not null))
        {
            return null;
        }

        var years = CaptionYears().Matches(YearSpan().Replace(table.Context, " "))
            .Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        // Only an agreement can be of the year after the report: realizations printed under it date the caption, not the figures.
        var agreementOnly = !table.Columns.Any(c => c.Role is ColumnRole.Realization or ColumnRole.Capaian or ColumnRole.CapaianRenstra);
        return years is [var year] && year != context.Year && year >= context.Year - 5 && (year < context.Year || year == context.Year + 1 && agreementOnly)
            ? year
            : null;
    }

    [GeneratedRegex(@"(?<![\d.,])(19|20)\d\d(?![\d.,]\d)")]
    private static partial Regex CaptionYears();

    /// <summary>"2021-2026", "2021 s.d. 2026", "2021 sampai dengan 2026": a plan's period, not one year.</summary>
    [GeneratedRegex(@"(19|20)\d\d\s*(-|–|s\.?\s*[/.]?\s*d\.?|sampai\s+dengan|hingga|sd)\s*(19|20)\d\d", RegexOptions.IgnoreCase)]
    private static partial Regex YearSpan();

    /// <summary>
    /// "Indikator | Tahun | Target | Realisasi | Capaian" with a row per year under each indicator: the year the row
    /// prints in a column of years that is no value column.
    /// </summary>
    private static int? RowYear(TextTable table, ReportLine row) =>
        YearRows.Column(table) is { Role: ColumnRole.Unknown or ColumnRole.YearValue } column ? RowShapes.YearOf(table.Cell(row, column.Index)) : null;

    /// <summary>
    /// The year of a Renstra target printed without one ("Kondisi Akhir"): the end of the plan the report cites, unless
    /// the matrix itself prints yearly targets beyond it (the report also cites an earlier plan): then its last year.
    /// </summary>
    private static int RenstraEndOf(TextTable table, ReadingContext context)
    {
        var lastYearly = table.Columns.Where(c => c.Role == ColumnRole.RenstraTarget && c.Year is not null).Max(c => c.Year);
        return context.Profile.RenstraEnd is { } end && (lastYearly is null || end >= lastYearly) ? end : lastYearly ?? context.Year;
    }

    /// <summary>Pagu and realisasi columns of a segment: the entity's budget line (a program's pagu in a Rencana Aksi).</summary>
    private static void SegmentBudget(TextTable table, ReportLine row, TableSegment segment, string entity, IndicatorLevel level, ReadingContext context)
    {
        if (entity.Length == 0)
        {
            return;
        }

        var amounts = Amounts(table, row, segment, RowsAreBudgetEntities(table));
        if (amounts is null || BudgetTableReader.IsRevenue(table))
        {
            return;
        }

        var budgetLevel = level switch
        {
            IndicatorLevel.Program => BudgetLevel.Program,
            IndicatorLevel.SubKegiatan => BudgetLevel.SubKegiatan,
            _ => BudgetLevel.Kegiatan,
        };
        var line = Line(table, row, segment, entity, budgetLevel, amounts.Value, context);
        context.Budget.Add(line with { ParentLine = ParentAbove(context.Budget, line) });
    }

    /// <summary>
    /// "1 | Program ... | 4.250.000.000" over "| Kegiatan ... | 3.100.000.000": a line whose name says it is a kegiatan belongs to
    /// the nearest line above in the same columns whose name says it is a program, so the table's JUMLAH adds up the programs only.
    /// A line with a kode belongs to the nearest line above whose kode begins its own ("1.05.03.2.01" under "1.05.03").
    /// </summary>
    private static int? ParentAbove(List<ExtractedBudgetLine> lines, ExtractedBudgetLine line)
    {
        if (line.Code is not null && lines.LastOrDefault(l => l.GroupKey == line.GroupKey && IsUnderCode(line.Code, l.Code)) is { } coded)
        {
            return coded.Source.Line;
        }

        if (!NamesKegiatan().IsMatch(NameKey.WithoutEnumerator(line.Name)))
        {
            return null;
        }

        foreach (var above in lines.Where(l => l.GroupKey == line.GroupKey).Reverse())
        {
            var rank = BudgetLevels.Rank(above.Level);
            if (rank == 0 || rank < BudgetLevels.Rank(line.Level))
            {
                return rank > 0 && BudgetLevels.FromWords(above.Name) == BudgetLevel.Program ? above.Source.Line : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Rows that are programs or kegiatan themselves ("Program | Capaian Kinerja (%) | Penyerapan Anggaran (%)"):
    /// a penyerapan printed without its amounts is still the program's budget line. Beside a sasaran
    /// or an indicator it only explains that row's efficiency.
    /// </summary>
    private static bool RowsAreBudgetEntities(TextTable table) =>
        !table.Columns.Any(c => c.Role is ColumnRole.Sasaran or ColumnRole.Tujuan or ColumnRole.Indicator);

    /// <summary>
    /// A JUMLAH row (or a row of bare sums under the budget columns): one total per budget column group; none in a table of
    /// revenue ("Target dan Realisasi Pendapatan": retribusi collected against a target in Rupiah).
    /// </summary>
    private static void BudgetTotals(TextTable table, ReportLine row, List<TableSegment> segments, ReadingContext context)
    {
        if (BudgetTableReader.IsRevenue(table))
        {
            return;
        }

        foreach (var segment in segments)
        {
            if (Amounts(table, row, segment) is { } amounts)
            {
                context.Budget.Add(Line(table, row, segment, "JUMLAH", BudgetLevel.Total, amounts, context));
            }
        }
    }

    /// <param name="percentAlone">Whether a penyerapan printed without its amounts makes a budget line.</param>
    private static (decimal? Pagu, decimal? Realisasi, decimal? Percent)? Amounts(TextTable table, ReportLine row, TableSegment segment, bool percentAlone = false)
    {
        decimal? Read(ColumnRole role) =>
            segment.Values.FirstOrDefault(c => c.Role == role) is { } column
            && table.TryValue(row, column.Index, out var value) ? value.Number : null;

        var pagu = Read(ColumnRole.Pagu);
        var realisasi = Read(ColumnRole.BudgetRealisasi);
        var percent = Read(ColumnRole.BudgetPercent);
        return pagu is null && realisasi is null && (percent is null || !percentAlone) ? null : (pagu, realisasi, percent);
    }

    private static ExtractedBudgetLine Line(
        TextTable table, ReportLine row, TableSegment segment, string name, BudgetLevel level,
        (decimal? Pagu, decimal? Realisasi, decimal? Percent) amounts, ReadingContext context)
    {
        var paguColumn = segment.Values.FirstOrDefault(c => c.Role is ColumnRole.Pagu or ColumnRole.BudgetRealisasi);
        return new ExtractedBudgetLine(
            context.Profile.Unit,
            context.Year,
            level,
            TableContext.Stage(table, []),
            CodeOf(table, row),
            name,
            amounts.Pagu,
            amounts.Realisasi,
            amounts.Percent,
            context.Source(table.Caption, row.Number, TableContext.Confidence(table) - 0.05))
        {
            GroupKey = $"{table.FirstLine}:{paguColumn?.Index}",
            IsIndividual = TableContext.IsIndividual(table),
        };
    }

    /// <summary>"1.05.03.2.01.02" under "1.05.03.2.01": the kode begins with all the segments of the shorter one.</summary>
    private static bool IsUnderCode(string code, string? above)
    {
        var segments = BudgetLevels.CodeSegments(code);
        var parent = BudgetLevels.CodeSegments(above);
        return parent.Length > 0 && parent.Length < segments.Length && segments.Take(parent.Length).SequenceEqual(parent);
    }

    /// <summary>"1.05.03.2.01" in the row's Kode column: the kode rekening of its program, kegiatan or sub kegiatan.</summary>
    private static string? CodeOf(TextTable table, ReportLine row) =>
        table.ColumnsWith(ColumnRole.Code).Select(c => Markup.Strip(table.Cell(row, c.Index)).Trim()).FirstOrDefault(c => KodeRekening().IsMatch(c));

    [GeneratedRegex(@"^\d{1,2}(?:[.\-]\d{1,4}){2,}\.?$")]
    private static partial Regex KodeRekening();

    [GeneratedRegex(@"^(sub )?kegiatan ")]
    private static partial Regex NamesKegiatan();
}
