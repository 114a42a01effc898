using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Reads IKU tables (PK, measurement, comparison, Renstra matrix, Rencana Aksi): every value of every
/// indicator, segment by segment, with the kind and year its column names. Budget columns of the
/// same table (a program's pagu in a Rencana Aksi) become budget lines.
/// </summary>
internal static partial class IndicatorTableReader
{
    public static bool CanRead(TextTable table) =>
        table.Columns.Any(c => c.Role is ColumnRole.Target or ColumnRole.RenstraTarget or ColumnRole.Realization
            or ColumnRole.Capaian or ColumnRole.CapaianRenstra or ColumnRole.NationalRealization)
        && (HasNameColumn(table) || UnitsAsRows(table));

    private static bool HasNameColumn(TextTable table) =>
        table.Columns.Any(c => c.Role is ColumnRole.Indicator or ColumnRole.Sasaran or ColumnRole.Program or ColumnRole.Kegiatan
            or ColumnRole.ProgramOrKegiatan or ColumnRole.Tujuan or ColumnRole.Name);

    public static void Read(TextTable table, ReadingContext context)
    {
        var named = UnitsAsRows(table) ? IndicatorNamedBy(table, context) : null;
        if (UnitsAsRows(table) && named is null)
        {
            return;
        }

        ReadCapaianYearsAsRealizations(table, context);
        var segments = TableSegment.Split(table.Columns);
        var unitColumn = table.ColumnsWith(ColumnRole.Unit).FirstOrDefault();
        var states = segments.Select(_ => new RowState()).ToList();
        string? lastUnit = null;
        foreach (var row in WithWrappedNamesJoined(table))
        {
            if (named is not null && unitColumn is not null && IsAreaSummary(table, row, unitColumn, context))
            {
                ReadAreaSummary(table, row, segments, named, context);
                continue;
            }

            if (IsTotalRow(table, row))
            {
                BudgetTotals(table, row, segments, context);
                continue;
            }

            var unitText = unitColumn is null ? null : Names.Clean(table.Cell(row, unitColumn.Index));
            if (!string.IsNullOrEmpty(unitText))
            {
                lastUnit = unitText;
            }

            var unit = context.LikeUnitOfPemda(lastUnit) ?? context.ResolveUnit(lastUnit, unitColumn?.Labels.LastOrDefault(l => l.Length > 0));
            if (named is not null && IsAreaOfOtherUnit(unit, context))
            {
                continue;
            }

            for (var s = 0; s < segments.Count; s++)
            {
                ReadSegment(table, row, segments[s], states[s], unit, named, context);
            }
        }
    }

    private static void ReadSegment(TextTable table, ReportLine row, TableSegment segment, RowState state, string unit, ExtractedIndicatorValue? named, ReadingContext context)
    {
        var labelled = Markup.Strip(string.Join(' ', segment.Entity.Select(c => table.Cell(row, c.Index)).Where(c => c.Length > 0))).Trim();
        var entity = Names.Clean(WithoutGoalLabel(labelled));
        IndicatorLevel? levelAbove = null;
        var indicator = IndicatorName(table, row, segment);
        var inheritsEntity = segment.EntityRole is ColumnRole.Sasaran or ColumnRole.Tujuan;
        if (entity.Length > 0 && inheritsEntity && state.Entity is { } above && (ContinuesGoal(table, row, entity) || state.EntityIsBareLabel && !GoalLabel().IsMatch(labelled)))
        {
            // A bare label ("SASARAN 1 :") is continued by the statement printed under it, which replaces it.
            entity = state.EntityIsBareLabel ? entity : WrappedText.Join(above, entity);
            state.EntityIsBareLabel = false;
            state.Entity = entity;
            RenameGoal(table, above, entity, context);
        }
        else if (entity.Length > 0)
        {
            state.Entity = entity;
            state.Indicator = null;
            state.LabelledLevel = LabelledLevel(labelled);
            state.EntityIsBareLabel = IsBareGoalLabel(labelled);
        }
        else if (inheritsEntity || segment.Entity.Count == 0)
        {
            entity = state.Entity ?? string.Empty;
        }
        else if (indicator.Length > 0 && state.Entity is not null)
        {
            // "| | Jumlah peserta sosialisasi | Orang | 1.200 | ...": another indicator of the program, kegiatan or sub kegiatan above.
            entity = state.Entity;
            levelAbove = state.Level;
        }

        var confidence = TableContext.Confidence(table);
        if (indicator.Length > 0)
        {
            state.Indicator = indicator;
        }
        else if (state.Indicator is not null && (segment.Entity.Count == 0 || entity.Length > 0 && entity == state.Entity))
        {
            indicator = state.Indicator;
            confidence -= 0.1;
        }

        if (IsSasaranHeadingRow(table, row, segment, indicator))
        {
            // "I | Meningkatnya kualitas pelayanan publik | | | 101,77" in the indicator column: the sasaran the rows below
            // measure, its capaian the mean of theirs.
            state.Entity = GoalLabel().Replace(indicator, string.Empty);
            state.Indicator = null;
            foreach (var column in segment.Values.Where(c => c.Role is ColumnRole.Capaian or ColumnRole.SasaranCapaian))
            {
                if (table.TryValue(row, column.Index, out var mean))
                {
                    AddAverage(table, row, column, mean, indicator, unit, confidence, context);
                }
            }

            return;
        }

        var level = levelAbove ?? LevelOf(table, row, segment, entity);
        if (level is IndicatorLevel.Tujuan or IndicatorLevel.Sasaran && segment.EntityRole is ColumnRole.Tujuan or ColumnRole.Sasaran && state.LabelledLevel is { } labelLevel)
        {
            // "Tujuan/Sasaran" over "TUJUAN : ..." and "SASARAN 1 : ...": each goal's label names its level.
            level = labelLevel;
        }

        state.Level = level;
        if (indicator.Length == 0 && segment.Indicator.Count == 0 && entity.Length > 0)
        {
            indicator = entity;
        }

        if (indicator.Length == 0 && named is not null)
        {
            indicator = named.Indicator;
            level = named.Level;
        }

        var average = IsAverageRow(row, IndicatorName(table, row, segment));
        var sasaranOnly = segment.Indicator.Count == 0 && segment.EntityRole is ColumnRole.Sasaran or ColumnRole.Tujuan;
        var satuan = segment.Satuan is null ? named?.Satuan : Names.Clean(table.Cell(row, segment.Satuan.Index)).NullIfEmpty();
        var category = segment.Category is null ? null : Names.Clean(table.Cell(row, segment.Category.Index)).NullIfEmpty();
        foreach (var column in segment.Values)
        {
            if (!table.TryValue(row, column.Index, out var value))
            {
                continue;
            }

            if (column.Role is ColumnRole.Pagu or ColumnRole.BudgetRealisasi or ColumnRole.BudgetPercent)
            {
                continue;
            }

            if (column.Role == ColumnRole.SasaranCapaian || average || sasaranOnly && column.Role == ColumnRole.Capaian)
            {
                AddAverage(table, row, column, value, average ? null : entity, unit, confidence, context);
                continue;
            }

            if (indicator.Length == 0 || Kind(table, column, row) is not { } kind)
            {
                continue;
            }

            var year = column.Year is null && kind is not IndicatorValueKind.RenstraTarget && RowYear(table, row) is { } printed
                ? printed
                : YearOf(table, column, kind, context);
            if (year > context.Year && kind is IndicatorValueKind.Realization or IndicatorValueKind.ReportedCapaian)
            {
                continue;
            }

            context.Indicators.Add(new ExtractedIndicatorValue(
                UnitOfColumnGroup(column, context) ?? unit,
                level,
                entity.NullIfEmpty(),
                indicator,
                satuan ?? value.UnitWord ?? SatuanInName(indicator) ?? (kind is not (IndicatorValueKind.ReportedCapaian or IndicatorValueKind.ReportedCapaianRenstra) && (value.IsPercent || IsPercentColumn(column)) ? "%" : null),
                PolarityOf(indicator),
                year,
                kind,
                value.Number,
                value.Printed,
                value.Grade,
                context.Source(table.Caption, row.Number, confidence))
            {
                Category = kind == IndicatorValueKind.ReportedCapaian ? category : null,
                Cumulative = kind == IndicatorValueKind.ReportedCapaianRenstra && IsCumulative(column),
            });
        }

        SegmentBudget(table, row, segment, entity, level, context);
    }

    private static string IndicatorName(TextTable table, ReportLine row, TableSegment segment)
    {
        var parts = segment.Indicator.Select(c => Markup.Strip(table.Cell(row, c.Index))).Where(c => c.Length > 0 && Names.EnumeratorOf(c) is null);
        return Names.Clean(IndicatorLabel().Replace(Names.Clean(string.Join(' ', parts)), string.Empty));
    }

    /// <summary>"Indikator Tujuan: Indeks Kepuasan Masyarakat", "Indikator Kinerja : ...": a label that says what the cell holds, not part of the name.</summary>
    [GeneratedRegex(@"^indikator(\s+(kinerja|tujuan|sasaran)(\s+strategis)?)?(\s+\d{1,2}(\.\d{1,2})*)?\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex IndicatorLabel();

    /// <summary>The level a goal's label names: "TUJUAN :" a tujuan, "SASARAN 1 :" a sasaran; none without a label.</summary>
    private static IndicatorLevel? LabelledLevel(string entity) =>
        GoalLabel().Match(entity) is not { Success: true } label ? null
            : label.Value.StartsWith("tujuan", StringComparison.OrdinalIgnoreCase) ? IndicatorLevel.Tujuan : IndicatorLevel.Sasaran;

    /// <summary>"SASARAN 1 : Meningkatnya kualitas ...": the statement without its label; a label alone stays.</summary>
    private static string WithoutGoalLabel(string entity) => GoalLabel().Replace(entity, string.Empty) is { Length: > 0 } statement ? statement : entity;

    /// <summary>"Sasaran: Meningkatnya ...", "Tujuan 1 : ...": the label before the statement a heading row names.</summary>
    [GeneratedRegex(@"^(tujuan|sasaran)(\s+strategis)?(\s+(\d{1,2}(\.\d{1,2})*|[IVX]{1,4}))?\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex GoalLabel();

    private static IndicatorLevel LevelOf(TextTable table, ReportLine row, TableSegment segment, string entity)
    {
        if (TableContext.IsIndividual(table))
        {
            return IndicatorLevel.Individual;
        }

        var indicatorWords = NameKey.Of(string.Join(' ', segment.Indicator.SelectMany(c => c.Labels)));
        return segment.EntityRole switch
        {
            // "Tujuan/Sasaran/Program": a goal column holding programs and kegiatan too tells them by their names.
            ColumnRole.Tujuan or ColumnRole.Sasaran when IsProgramName(entity) => IndicatorLevel.Program,
            ColumnRole.Tujuan or ColumnRole.Sasaran when NameKey.WithoutEnumerator(entity).StartsWith("sub kegiatan ", StringComparison.Ordinal) => IndicatorLevel.SubKegiatan,
            ColumnRole.Tujuan or ColumnRole.Sasaran when NameKey.WithoutEnumerator(entity).StartsWith("kegiatan ", StringComparison.Ordinal) => IndicatorLevel.Kegiatan,
            ColumnRole.Tujuan => IndicatorLevel.Tujuan,
            ColumnRole.Program => IndicatorLevel.Program,
            ColumnRole.Kegiatan => IndicatorLevel.Kegiatan,
            ColumnRole.SubKegiatan => IndicatorLevel.SubKegiatan,
            ColumnRole.ProgramOrKegiatan => IsProgramName(entity) ? IndicatorLevel.Program : IsSubKegiatanRow(table, row, entity) ? IndicatorLevel.SubKegiatan : IndicatorLevel.Kegiatan,
            _ when indicatorWords.Contains("tujuan", StringComparison.Ordinal) => IndicatorLevel.Tujuan,
            _ when indicatorWords.Contains("program", StringComparison.Ordinal) => IndicatorLevel.Program,
            _ when indicatorWords.Contains("kegiatan", StringComparison.Ordinal) || indicatorWords.Contains("output", StringComparison.Ordinal) => IndicatorLevel.Kegiatan,
            _ => IndicatorLevel.Sasaran,
        };
    }

    /// <summary>
    /// In one name column for programs, kegiatan and sub kegiatan: a row named "Sub Kegiatan ...", numbered three parts deep
    /// ("1.1.1"), or coded as deep as a sub kegiatan's kode ("7.01.01.2.01.0001") is a sub kegiatan.
    /// </summary>
    private static bool IsSubKegiatanRow(TextTable table, ReportLine row, string entity)
    {
        var enumerator = table.ColumnsWith(ColumnRole.RowNumber).Select(c => Names.EnumeratorOf(table.Cell(row, c.Index))).FirstOrDefault(e => e is not null);
        var code = table.ColumnsWith(ColumnRole.Code).Select(c => table.Cell(row, c.Index)).FirstOrDefault(c => c.Any(char.IsDigit));
        return NameKey.WithoutEnumerator(entity).StartsWith("sub kegiatan", StringComparison.Ordinal)
            || enumerator is not null && enumerator.Trim('.').Split('.').Length >= SubKegiatanDepth
            || BudgetLevels.CodeSegments(code).Length >= SubKegiatanCodeSegments;
    }

    private const int SubKegiatanDepth = 3;
    private const int SubKegiatanCodeSegments = 6;

    internal static bool IsProgramName(string name) => NameKey.WithoutEnumerator(name).StartsWith("program", StringComparison.Ordinal);

    private static bool IsTotalRow(TextTable table, ReportLine row)
    {
        var texts = row.Cells.Select(Markup.Strip).Where(c => c.Length > 0 && !RowShapes.IsDataNumber(c)).ToList();
        if (texts.Count == 0)
        {
            return row.Cells.Any(c => c.Length > 0);
        }

        return texts.Count == 1 && TotalWord().IsMatch(NameKey.Of(texts[0]));
    }

    /// <summary>
    /// Lower is better when the name counts something bad ("kasus", "pelanggaran"), unless it measures how that is
    /// dealt with: "Persentase pelanggaran Perda yang ditindaklanjuti", "penanganan kasus", "penurunan angka kemiskinan", "pelayanan penyelamatan dan evakuasi korban kebakaran"; not when it is not dealt with ("yang belum ditangani").
    /// </summary>
    internal static Polarity PolarityOf(string indicator)
    {
        var name = NameKey.Of(indicator);
        // A time is decided by its own words: its share of cases ("Persentase waktu tanggap kejadian kebakaran kurang dari 15 menit") is higher is better, whatever it counts.
        if (Duration().IsMatch(name))
        {
            return Share().IsMatch(name) ? Polarity.HigherIsBetter : Polarity.LowerIsBetter;
        }

        // "Persentase bangunan yang tidak memenuhi standar proteksi": a share of what is not done or met goes down as things get better.
        return NotDone().IsMatch(name) || LowerIsBetterWords().IsMatch(name) && !HandlingWords().IsMatch(name) ? Polarity.LowerIsBetter : Polarity.HigherIsBetter;
    }

    [GeneratedRegex(@"\byang (tidak|belum) (?!lagi\b)\w+")]
    private static partial Regex NotDone();

    /// <summary>An indicator that measures how long something takes, not the share of cases meeting a time.</summary>
    internal static bool MeasuresDuration(string indicator) => NameKey.Of(indicator) is var name && Duration().IsMatch(name) && !Share().IsMatch(name);

    /// <summary>A name about how long something takes, whether it measures the time or the share of cases meeting it.</summary>
    internal static bool NamesDuration(string indicator) => Duration().IsMatch(NameKey.Of(indicator));

    /// <summary>How long something takes ("Waktu tanggap penanganan kebakaran"): lower is better however it is dealt with.</summary>
    [GeneratedRegex(@"\b(waktu tunggu|lama waktu|waktu tanggap|response time|respon time|rata rata waktu)\b")]
    private static partial Regex Duration();

    /// <summary>A share of cases meeting a time ("Persentase kasus yang tertangani dalam waktu tanggap"): higher is better.</summary>
    [GeneratedRegex(@"^(persentase|proporsi|rasio|cakupan|tingkat)\b")]
    private static partial Regex Share();

    [GeneratedRegex(@"(?<!\b(tidak|belum)\s)\b(ditangani|tertangani|ditindaklanjuti|tertindaklanjuti|diselesaikan|terselesaikan|dituntaskan|ditertibkan|penanganan|penyelesaian|penanggulangan|penurunan|menurunnya|berkurangnya|pengurangan|terlayani|tersalurkan|direspon|direspons|memperoleh|mendapatkan|mendapat|menerima|ditanggapi|pelayanan|dilayani|penyelamatan|diselamatkan|terselamatkan|evakuasi|dievakuasi|perlindungan|terlindungi|pemulihan|dipulihkan|rehabilitasi|direhabilitasi|pendampingan|didampingi|terdampingi|tertanggulangi|ditanggulangi|dipadamkan|terpadamkan|pemadaman|tertolong|ditolong|pertolongan|dilokalisir|dilokalisasi|terlokalisir)\b")]
    private static partial Regex HandlingWords();

    [GeneratedRegex(@"^(jumlah|total|j u m l a h|grand total|jumlah total)$")]
    internal static partial Regex TotalWord();

    [GeneratedRegex(@"\b(angka kematian|kematian|kasus|pengangguran|kemiskinan|pelanggaran|dijatuhi hukuman|hukuman disiplin|tindak kriminal|stunting|kecelakaan|tunggakan|angka kesakitan|prevalensi|putus sekolah|gizi buruk|indeks risiko bencana|kejadian|kerugian|korban|(penduduk|keluarga|rumah tangga) miskin|kumuh|(frekuensi|jumlah|angka|banyaknya) kebakaran|terbakar)\b")]
    private static partial Regex LowerIsBetterWords();

    /// <summary>
    /// "1 | Meningkatnya kualitas | IKM | ..." over "| pelayanan publik | Persentase layanan PATEN | ...": a sasaran wrapped
    /// beside the next indicator's figures goes on in lower case on a row without a number of its own.
    /// </summary>
    private static bool ContinuesGoal(TextTable table, ReportLine row, string entity) =>
        table.ColumnsWith(ColumnRole.RowNumber).All(c => Names.Clean(table.Cell(row, c.Index)).Length == 0)
        && (char.IsLower(entity[0]) || !OpensStatement().IsMatch(entity) && NumbersItsGoals(table));

    // "Meningkatnya ...", "Terpeliharanya ...", "Tersedianya ...": the word a goal's statement opens with.
    [GeneratedRegex(@"^\p{L}+nya\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpensStatement();

    /// <summary>
    /// "1 | Meningkatnya Kualitas" over "| Pelayanan Administrasi" over "| Kepegawaian": where every goal the table names
    /// opens on a numbered row, words in the goal column of an unnumbered row that open no statement of their own go on with
    /// the goal above.
    /// </summary>
    private static bool NumbersItsGoals(TextTable table)
    {
        var numbers = table.ColumnsWith(ColumnRole.RowNumber).ToList();
        var goals = table.Columns.Where(c => c.Role is ColumnRole.Sasaran or ColumnRole.Tujuan).ToList();
        if (numbers.Count == 0 || goals.Count == 0)
        {
            return false;
        }

        bool Numbered(ReportLine row) => numbers.Exists(c => Names.Clean(table.Cell(row, c.Index)).Length > 0);
        var goalRows = table.DataRows.Where(r => goals.Exists(c => table.Cell(r, c.Index).Length > 0)).ToList();
        return goalRows.Count > 0 && Numbered(goalRows[0]) && table.DataRows.Count(Numbered) >= 2
            && table.DataRows.Where(Numbered).All(r => goals.Exists(c => table.Cell(r, c.Index).Length > 0));
    }

    /// <summary>The figures already read under the first half of a wrapped sasaran take its whole name.</summary>
    private static void RenameGoal(TextTable table, string partial, string whole, ReadingContext context)
    {
        for (var i = 0; i < context.Indicators.Count; i++)
        {
            var value = context.Indicators[i];
            if (value.Goal == partial && value.Source.Table == table.Caption && value.Source.Line >= table.FirstLine && value.Source.Line <= table.LastLine)
            {
                context.Indicators[i] = value with { Goal = whole };
            }
        }
    }

    private sealed class RowState
    {
        public string? Entity { get; set; }

        public string? Indicator { get; set; }

        public IndicatorLevel? Level { get; set; }

        /// <summary>The level the goal's printed label names ("TUJUAN :", "SASARAN 1 :"), if it has one.</summary>
        public IndicatorLevel? LabelledLevel { get; set; }

        /// <summary>Whether the goal printed so far is its label alone, its statement still to come.</summary>
        public bool EntityIsBareLabel { get; set; }
    }
}
