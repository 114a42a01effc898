using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Identity;
using Sakip.Analytics.Extraction.Interpretation;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>
/// Reads indicator values stated in sentences ("realisasi IKM sebesar 80,50 dari target 85,00
/// dengan capaian 94,71%"): each figure's kind from the words before it, its year from the year
/// named last, its unit from the unit named with it, its indicator from the names the tables use.
/// </summary>
internal static partial class ProseIndicatorReader
{
    private const double BaseConfidence = 0.6;
    private const int ContextLines = 16;

    /// <summary>An indicator table seen above a sentence: its lines, its single indicator (if one) and whether it is a PK Perubahan.</summary>
    public sealed record TableNearby(int FirstLine, int LastLine, ExtractedIndicatorValue? SoleIndicator, bool HasIndicators, bool IsRevised);

    public static void Read(IReadOnlyList<ReportLine> lines, ISet<int> tableLines, IReadOnlyList<TableNearby> tables, IndicatorLexicon lexicon, ReadingContext context)
    {
        if (lexicon.IsEmpty)
        {
            return;
        }

        ExtractedIndicatorValue? carried = null;
        var carriedLine = 0;
        var distance = new PrintedDistance(lines);
        foreach (var line in lines)
        {
            var text = line.IsRow || line.IsBlank || tableLines.Contains(line.Number) ? LabelRow(line) : Markup.Strip(line.Text);
            if (text is null)
            {
                continue;
            }

            if (lexicon.IsGoalHeading(text, out var sole))
            {
                // The previous sasaran's indicator is not this one's.
                carried = sole;
                carriedLine = line.Number;
                continue;
            }

            if (distance.Between(carriedLine, line.Number) <= 3 && ReadLabelledFigure(text, line.Number, carried, context))
            {
                // The block under "Indikator Kinerja : ..." goes on.
                carriedLine = line.Number;
                continue;
            }

            if (text.Length < 25)
            {
                continue;
            }

            if (distance.Between(carriedLine, line.Number) > 3)
            {
                carried = null;
            }

            int? lineYear = null;
            IndicatorValueKind? kindBefore = null;
            foreach (var (sentence, _) in Sentences.Split(text))
            {
                if (!lexicon.NamesAkip && ProseAkipReader.IsAbout(sentence))
                {
                    // The AKIP evaluation of a unit that has no AKIP indicator: the AKIP reader's, and no other indicator's.
                    carried = null;
                    lineYear = CarriedYear(sentence) ?? lineYear;
                    continue;
                }

                var mentions = lexicon.Mentions(sentence);
                if (mentions.Count == 0 && lexicon.NumberedGoalClauses(sentence) is { Count: > 0 } clauses)
                {
                    // "capaian sasaran 1 sebesar 101,42%, sasaran 2 sebesar 102,01%": each sasaran's figure is its sole indicator's.
                    foreach (var (clause, ofGoal) in clauses.Where(c => c.Sole is not null))
                    {
                        kindBefore = ReadSentence(clause, line.Number, [], ofGoal, null, false, lineYear, kindBefore, lexicon, context);
                    }

                    carried = null;
                    carriedLine = line.Number;
                    lineYear = CarriedYear(sentence) ?? lineYear;
                    continue;
                }

                if (mentions.Count > 0)
                {
                    carried = lexicon.DefinedAtOpening(sentence, mentions) ?? mentions[^1].Template;
                    carriedLine = line.Number;
                }
                else if (lexicon.IsNumberedReference(sentence, out var numbered))
                {
                    // "Indikator kinerja kedua terealisasi 97%": not the indicator the sentence before named.
                    carried = numbered;
                    carriedLine = line.Number;
                }
                else if (lexicon.IsNumberedGoal(sentence, out var ofGoal) || lexicon.IsNamedGoal(sentence, out ofGoal))
                {
                    // "Capaian sasaran 2 sebesar 75%", "Capaian sasaran meningkatnya ... sebesar 105,26%": that sasaran's indicator,
                    // if it has one, and not the one named before.
                    carried = ofGoal;
                    carriedLine = line.Number;
                }
                else if (lexicon.NamedByMeasure(sentence) is { } measured)
                {
                    carried = measured;
                    carriedLine = line.Number;
                }
                else if (lexicon.LooseMention(sentence) is { } loose && !IndicatorLexicon.StaysWith(sentence, carried, loose))
                {
                    carried = loose;
                    carriedLine = line.Number;
                }
                else if (lexicon.TurnsFrom(sentence, carried) is { } other)
                {
                    carried = other;
                    carriedLine = line.Number;
                }

                var read = context.Indicators.Count;
                kindBefore = ReadSentence(sentence, line.Number, mentions, carried, Nearest(tables, line.Number, distance, t => t.SoleIndicator is not null),
                    Nearest(tables, line.Number, distance, t => t.HasIndicators)?.IsRevised == true, lineYear, kindBefore, lexicon, context);
                if (carried is not null && mentions.Count == 0 && context.Indicators.Skip(read).Any(v => v.Indicator == carried.Indicator))
                {
                    // A paragraph that gives the carried indicator's figures goes on with it: the next may compare them with other years.
                    carriedLine = line.Number;
                }

                lineYear = CarriedYear(sentence) ?? lineYear;
            }
        }
    }

    /// <summary>
    /// The units the sentence's indicators are measured in ("hari"), so "4,6 hari" is their value, not a duration
    /// aside; and what a "Jumlah ..." indicator counts ("Jumlah Kejadian ...": "tercatat 19 kejadian"). A time printed
    /// with no satuan ("Rata-rata Waktu Tindak Lanjut Pengaduan") is measured in days, hours or minutes.
    /// </summary>
    private static HashSet<string> MeasuredIn(List<(ExtractedIndicatorValue Template, int Position)> mentions, ExtractedIndicatorValue? carried) =>
        [.. mentions.Select(m => m.Template).Append(carried).SelectMany(t => new[] { NameKey.Of(t?.Satuan), CountedNoun(t?.Indicator) }.Concat(TimeUnits(t)))
            .Where(s => s.Length > 0)];

    /// <summary>Whether every indicator is measured in rupiah: its satuan, or the one its name prints in brackets ("Nilai kerugian (Rp)").</summary>
    private static bool MeasuredInRupiah(IEnumerable<ExtractedIndicatorValue?> indicators) =>
        indicators.All(i => i is not null && Rupiah().IsMatch(NameKey.Of(i.Satuan ?? IndicatorTableReader.SatuanInName(i.Indicator))));

    [GeneratedRegex(@"^(rp|rupiah)$")]
    private static partial Regex Rupiah();

    private static IEnumerable<string> TimeUnits(ExtractedIndicatorValue? indicator) =>
        indicator is not null && string.IsNullOrWhiteSpace(indicator.Satuan) && IndicatorTableReader.MeasuresDuration(indicator.Indicator) ? ["hari", "jam", "menit"] : [];

    private static string CountedNoun(string? indicator) =>
        NameKey.Of(indicator).Split(' ') is [CountWord, var noun, ..] ? noun : string.Empty;

    private const string CountWord = "jumlah";

    private static TableNearby? Nearest(IReadOnlyList<TableNearby> tables, int line, PrintedDistance distance, Func<TableNearby, bool> having) =>
        tables.Where(t => t.LastLine < line && distance.Between(t.LastLine, line) <= ContextLines && having(t)).OrderByDescending(t => t.LastLine).FirstOrDefault();

    /// <param name="kindBefore">The kind of the last figure the sentence before, in the same paragraph, gave.</param>
    /// <returns>The kind of the last figure this sentence gives.</returns>
    private static IndicatorValueKind? ReadSentence(
        string sentence, int lineNumber, List<(ExtractedIndicatorValue Template, int Position)> mentions, ExtractedIndicatorValue? carried,
        TableNearby? table, bool afterRevisedAgreement, int? lineYear, IndicatorValueKind? kindBefore, IndicatorLexicon lexicon, ReadingContext context)
    {
        // "Nilai kerugian akibat kebakaran ... sebesar Rp 5.310.000.000,-": an indicator measured in rupiah is read in its
        // amounts; any other sentence holding rupiah speaks of money, not of the indicator.
        var inRupiah = MeasuredInRupiah(mentions.Count > 0 ? mentions.Select(m => (ExtractedIndicatorValue?)m.Template) : [carried]);
        var numbers = WithGrades(sentence, [.. ProseNumbers.Find(sentence, MeasuredIn(mentions, carried)).Where(n => inRupiah || !n.IsMoney)],
            mentions.Exists(m => lexicon.IsGraded(m.Template)) || mentions.Count == 0 && lexicon.IsGraded(carried));
        if (numbers.Count == 0 || !inRupiah && sentence.Contains("Rp", StringComparison.Ordinal) || Cues.IsAboutComponents(sentence))
        {
            return null;
        }

        // "... sebesar 92,50%. Capaian ini meningkat dibanding tahun 2022 sebesar 89,75%": "this achievement" is the figure
        // just given; after a realization it is no capaian.
        var blanked = Blank(sentence, lexicon);
        if (kindBefore == IndicatorValueKind.Realization)
        {
            blanked = Cues.BlankAnaphoricCapaian(blanked);
        }
        IndicatorValueKind? given = null;
        var gaveCapaian = false;
        var givenInPercent = false;
        var subject = blanked[..numbers[0].Start];
        var pairedCapaian = new HashSet<int>();
        var previousEnd = 0;
        var units = new List<string>();
        IndicatorValueKind? yearLeadKind = null;
        IndicatorValueKind? previousKind = null;
        for (var n = 0; n < numbers.Count; n++)
        {
            var number = numbers[n];
            var window = blanked[previousEnd..number.Start];
            var after = sentence[number.End..];
            var mentioned = UnitsOutsideNames(sentence[previousEnd..number.Start], sentence, mentions, context);
            previousEnd = number.End;
            if (mentioned.Count > 0)
            {
                units = mentioned;
            }

            // "Target ... tahun 2024 sebesar 92% dan pada tahun 2025 sebesar 94%": a year's figure with no word of its own is of
            // the kind the figure of the year before it was.
            // "masing-masing 84, 86 dan 88": a figure after a bare separator goes on with the list, of the kind of the one before it.
            var own = KindOf(number, n, numbers, window, subject, after, sentence, blanked, pairedCapaian);
            // "capaian terhadap target akhir untuk IKM telah mencapai 97,25%, sedangkan untuk rata-rata waktu ... baru 80,00%": the
            // next indicator's share, with no word of its own, is against the end target too.
            var kind = own == IndicatorValueKind.ReportedCapaian && previousKind == IndicatorValueKind.ReportedCapaianRenstra && Cues.GoesOnToAnotherIndicator(window)
                ? IndicatorValueKind.ReportedCapaianRenstra
                : own != IndicatorValueKind.Realization ? own
                : yearLeadKind is { } listed && Cues.GoesOnWithAnotherYear(window) ? listed
                : previousKind is { } before && Cues.IsListSeparator(window) ? before
                : own;
            if (kind == IndicatorValueKind.Realization && Cues.IsRevisedTargetsNewFigure(blanked[..number.Start]))
            {
                // "target IKM disesuaikan dari 82,00 menjadi 83,00": the figure a target is changed to is the revised target.
                kind = IndicatorValueKind.TargetRevised;
            }

            previousKind = kind;
            yearLeadKind = Cues.NamesYear(n == 0 ? subject : window) ? kind : yearLeadKind;
            var named = RespectiveIndicator(sentence, number, lexicon, context.Year) ?? MentionFor(mentions, number.Start, sentence, lexicon);
            var template = named ?? carried;
            var explicitIndicator = template is not null;
            if (template is null && table?.SoleIndicator is { } sole && StrongCue().IsMatch(window + " " + subject))
            {
                template = sole;
            }

            if (kind is null || template is null || named is null && mentions.Count > 0)
            {
                continue;
            }

            // "Dari 3 indikator kinerja, seluruhnya (100%) tercapai", "Anggaran yang digunakan sebesar 95,12% dari pagu": a
            // sentence naming no indicator speaks of the one named before it only when it speaks of nothing else.
            if (named is null && (Cues.CountsIndicators(sentence) || Cues.NamesMoney(window) && !Cues.NamesMoney(template.Indicator)))
            {
                continue;
            }

            if (kind == IndicatorValueKind.Realization && number.Value.IsPercent && MeasuredOtherThanInPercent(template)
                && Cues.IsMeasuredAgainstEndTarget(sentence[..number.Start]))
            {
                // "Terhadap target akhir Renstra sebesar 85,00 poin, realisasi tahun 2023 telah mencapai 97,76%": no IKM is a
                // percentage, so this is the share of the end target reached.
                kind = IndicatorValueKind.ReportedCapaianRenstra;
            }

            // "mampu mewujudkan efisiensi dalam penggunaan anggaran sebesar 3,25": an efficiency, unless the indicator measures one.
            if (IsOtherFigure(kind.Value, number, window, after, template, named is not null, lexicon) || IsComplement(sentence[..number.Start], after, template)
                || (Cues.IsEfficiency(window) || Cues.OpensOnEfficiency(sentence, window)) && !Cues.NamesEfficiency(template.Indicator)
                || context.Profile.UnitKind != UnitKind.Kecamatan && Cues.IsInKecamatan(window)
                || Cues.IsOtherScope(sentence[..number.Start]) || named is null && Cues.OpensOnWhole(sentence[..number.Start]) || Cues.IsPartAmong(after))
            {
                continue;
            }

            if (kind == IndicatorValueKind.Realization && IsReachedBeyondWhole(number, window, template))
            {
                kind = IndicatorValueKind.ReportedCapaian;
            }
            else if (kind == IndicatorValueKind.Realization && number.Value.IsPercent && MeasuredOtherThanInPercent(template) && Cues.NamesEndTarget(sentence[..number.Start]))
            {
                // "Dibandingkan dengan target akhir Renstra sebesar 88, realisasi IKM telah mencapai 95,63%": no IKM is a
                // percentage, so this one is the share of the Renstra's target reached.
                kind = IndicatorValueKind.ReportedCapaianRenstra;
            }
            else if (kind == IndicatorValueKind.Realization && number.Value.IsPercent && Cues.NamesEndTarget(sentence[..number.Start])
                && IsShareOfEndTargetNamedBefore(number, numbers[..n], template, context))
            {
                // "Bila dibandingkan dengan target akhir Renstra tahun 2026 sebesar 95%, realisasi tahun 2023 telah mencapai
                // 94,74%": the year's realization (90) over that end target, the share of it reached.
                kind = IndicatorValueKind.ReportedCapaianRenstra;
            }
            else if (kind == IndicatorValueKind.ReportedCapaian && IsShareSaidToBe(window, template))
            {
                kind = IndicatorValueKind.Realization;
            }

            // "dengan waktu tanggap ≤ 15 menit atau 76,25%": an indicator measured in time has a percentage only for its capaian.
            if (number.Value.IsPercent && kind is not (IndicatorValueKind.ReportedCapaian or IndicatorValueKind.ReportedCapaianRenstra) && MeasuredInTime(template))
            {
                continue;
            }

            if (kind == IndicatorValueKind.Target && afterRevisedAgreement)
            {
                kind = IndicatorValueKind.TargetRevised;
            }

            var year = kind == IndicatorValueKind.RenstraTarget && Cues.EndOfPlanFollows(after)
                ? Cues.EndOfPlanYear(after) ?? context.Profile.RenstraEnd ?? YearOf(sentence, number, lineYear, context)
                : kind == IndicatorValueKind.RenstraTarget && Cues.IsEndTarget(window) && context.Profile.RenstraEnd is { } end
                ? end
                : YearOf(sentence, number, lineYear, context);

            // An LKjIP's own agreement is of its year: a target of a later year is the Renstra's.
            if (kind is IndicatorValueKind.Target or IndicatorValueKind.TargetRevised && year > context.Year)
            {
                kind = IndicatorValueKind.RenstraTarget;
            }

            // No year after the report's has a realization or a capaian yet: the figure is something else's (a plan's, a count's).
            if (kind is IndicatorValueKind.Realization or IndicatorValueKind.ReportedCapaian && year > context.Year)
            {
                continue;
            }

            // Progress towards the end target is measured in the report's year; the later year named before the figure is the
            // target's ("target akhir Renstra tahun 2026 sebesar 90, sehingga capaian terhadap target akhir sebesar 94,44%"),
            // and an earlier year of the sentences before was theirs ("Realisasi tahun 2022 sebesar 13,90. Capaian terhadap
            // target akhir Renstra (11,80) sebesar 91,27%"), as was a year it was compared with ("meningkat dibandingkan tahun 2022 sebesar
            // 80,50 dan telah mencapai 94,43% dari target akhir Renstra").
            if (kind == IndicatorValueKind.ReportedCapaianRenstra)
            {
                year = Cues.ComparesYears(sentence[..number.Start]) ? context.Year : Math.Min(YearOf(sentence, number, null, context), context.Year);
            }

            if (kind == IndicatorValueKind.ReportedCapaian && year < context.Year && given == IndicatorValueKind.Realization && !gaveCapaian && Cues.ComparesWithEarlierCapaian(window)
                && number.Value.IsPercent == givenInPercent && !(number.Value.IsPercent && number.Value.Number > 100))
            {
                // "sebesar 85,71%, lebih tinggi dari capaian tahun 2022 (80,00%)": set beside the year's realization, in a sentence
                // that gave no capaian, the earlier year's "capaian" printed as that realization is (a percentage of at most 100
                // beside a percentage, a bare figure beside a bare one) is the figure it reached, its realization.
                kind = IndicatorValueKind.Realization;
            }

            if (kind == IndicatorValueKind.ReportedCapaian && !pairedCapaian.Contains(n) && IsTablesRealizationNotCapaian(template, year, number.Value.Number, context))
            {
                // "Capaian indikator ... tahun 2023 adalah 90 persen" beside a table giving 90 as the realization and 105,88 as
                // the capaian: "capaian" in its everyday sense, the figure reached.
                kind = IndicatorValueKind.Realization;
            }

            if (kind == IndicatorValueKind.Realization && named is null && units.Count == 0
                && IsAsideTheTablesDoNotGive(number, window, sentence[..number.Start], template, year, context))
            {
                continue;
            }

            // The own pemda's figure set beside the unit's ("dibandingkan dengan IKM Kota X sebesar 80,15"): not the unit's value.
            if (context.Profile.Tenant is { } pemdaWide && units.Contains(pemdaWide))
            {
                continue;
            }

            var confidence = BaseConfidence + (explicitIndicator ? 0.15 : 0) + (kind == IndicatorValueKind.Realization && !Cues.IsRealization(window) ? -0.1 : 0.1);
            foreach (var unit in units.Count > 0 ? units : [context.Profile.Unit])
            {
                context.Indicators.Add(new ExtractedIndicatorValue(unit, template.Level, template.Goal, template.Indicator, template.Satuan, template.Polarity,
                    year, kind.Value, number.Value.Number, number.Value.Printed, number.Value.Grade ?? GradeAfterFigure.In(after), context.Source(SourceRef.Prose, lineNumber, confidence))
                {
                    Category = kind is IndicatorValueKind.Realization or IndicatorValueKind.ReportedCapaian ? CategoryAfterFigure.In(after) : null,
                });
                given = kind;
                givenInPercent = number.Value.IsPercent;
                gaveCapaian |= kind == IndicatorValueKind.ReportedCapaian;
            }
        }

        return given;
    }

    /// <summary>Whether the report's tables give the figure as the indicator's realization of the year, and another as its capaian.</summary>
    private static bool IsTablesRealizationNotCapaian(ExtractedIndicatorValue template, int year, decimal? figure, ReadingContext context)
    {
        var tables = TablesValues(template, year, context);
        return figure is not null
            && tables.Exists(v => v.Kind == IndicatorValueKind.Realization && v.Value == figure)
            && tables.Exists(v => v.Kind == IndicatorValueKind.ReportedCapaian && v.Value is { } capaian && capaian != figure);
    }

    /// <summary>
    /// In a sentence naming no indicator, a figure other than the realization the tables give the carried indicator for
    /// the year, that is a count's share ("62 kejadian (72,09%) terjadi di kawasan permukiman": the year's cases broken
    /// down) or that no word before it says is the indicator's, its realization or its capaian ("Tingkat keterisian
    /// formasi pegawai pemadam sebesar 78%").
    /// </summary>
    private static bool IsAsideTheTablesDoNotGive(ProseNumber number, string window, string before, ExtractedIndicatorValue template, int year, ReadingContext context) =>
        (number.Value.IsPercent && Cues.CountedBeforeShare(window) is not null || !Cues.SpeaksOfTheIndicator(before))
        && TablesRealization(template, year, context) is { } realized && realized != number.Value.Number;

    /// <summary>Whether the figure is the capaian of the tables' realization of the report year against a figure named before it.</summary>
    private static bool IsShareOfEndTargetNamedBefore(ProseNumber number, List<ProseNumber> before, ExtractedIndicatorValue template, ReadingContext context)
    {
        var method = context.Profile.LowerIsBetterMethod ?? context.Options.LowerIsBetterMethod;
        return TablesRealization(template, context.Year, context) is { } realized && number.Value.Number is { } share
            && before.Exists(b => b.Value.Number is { } end
                && CapaianCalculator.Compute(template.Polarity, end, realized, method) is { } computed && Math.Abs(Math.Round(computed, 2) - share) <= 0.01m);
    }

    /// <summary>The realization of the year the report's tables give the indicator, when they give one figure.</summary>
    private static decimal? TablesRealization(ExtractedIndicatorValue template, int year, ReadingContext context) =>
        TablesValues(template, year, context).Where(v => v.Kind == IndicatorValueKind.Realization && v.Value is not null).Select(v => v.Value).Distinct().ToList() is [var only]
            ? only : null;

    private static List<ExtractedIndicatorValue> TablesValues(ExtractedIndicatorValue template, int year, ReadingContext context) =>
        [.. context.Indicators.Where(v => !v.Source.IsProse && v.Year == year && v.Unit == template.Unit && v.Indicator == template.Indicator)];

    /// <summary>
    /// The units a stretch of a sentence names that are not part of an indicator's name ("Nilai AKIP, Kecamatan Bajeng
    /// memperoleh": the indicator "Nilai AKIP Kecamatan" ends where the unit begins, so blanking the name would hide the unit).
    /// </summary>
    private static List<string> UnitsOutsideNames(string window, string sentence, List<(ExtractedIndicatorValue Template, int Position)> mentions, ReadingContext context) =>
        [.. UnitMentions(window, context, sentence, mentions.Exists(m => IsEachUnitsOwn(m.Template.Indicator))).Where(unit => !mentions.Exists(m => (" " + NameKey.Of(m.Template.Indicator) + " ").Contains(" " + NameKey.Of(unit) + " ", StringComparison.Ordinal)))];

    private static bool IsEachUnitsOwn(string indicator) => SubjectWords.NamesIkm(indicator) || SubjectWords.NamesAkip(indicator);

    /// <summary>
    /// The units a stretch of a sentence names: OPD and kecamatan by their names; a pemda-wide index
    /// ("Indeks SPBE Kabupaten Lombok Timur") belongs to the unit when the pemda is its own, else to that pemda; and when the
    /// whole <paramref name="sentence"/> also names the unit itself, its own pemda's figure is the pemda's, set beside the unit's
    /// ("dibandingkan dengan IKM Kota X sebesar 80,15, IKM Kecamatan Y lebih tinggi").
    /// </summary>
    internal static List<string> UnitMentions(string window, ReadingContext context, string? sentence = null, bool pemdaOwnMeasure = false)
    {
        // "hasil evaluasi oleh Inspektorat Daerah ..., Kecamatan X memperoleh nilai 73,45": the agent is not the subject when another unit is.
        // "Hasil evaluasi Inspektorat atas ...", "LHE Inspektorat Daerah Kota X": the evaluator never holds the score.
        window = Evaluator().Replace(window, " ");
        var units = UnitsNamed(Agent().Replace(window, " "), context) is { Count: > 0 } subjects ? subjects : UnitsNamed(window, context);
        if (units.Count > 0)
        {
            // "Kecamatan Lain Kota Contoh": the pemda is the unit's address, not a second subject.
            return [.. units.Distinct()];
        }

        var ownTenant = NameKey.Of(context.Profile.Tenant);
        // The IKM and the AKIP score are each unit's own: "IKM Kota X sebesar 80,12" is the pemda's, set beside the unit's.
        var besideTheUnit = sentence is not null && UnitsNamed(sentence, context).Contains(context.Profile.Unit) || pemdaOwnMeasure;
        foreach (Match pemda in Pemda().Matches(window))
        {
            var name = $"{pemda.Groups["kind"].Value} {pemda.Groups["name"].Value}";
            units.Add(ownTenant.Length > 0 && NameKey.Of(name) != ownTenant ? name : besideTheUnit && context.Profile.Tenant is { } tenant ? tenant : context.Profile.Unit);
        }

        return [.. units.Distinct()];
    }

    private static List<string> UnitsNamed(string text, ReadingContext context) =>
        [.. UnitNames.FindAll(text).Where(n => n.StartsWith("Kecamatan ", StringComparison.Ordinal) || UnitNames.KindOf(n) is not UnitKind.Other)
            .Select(n => !n.Contains(' ', StringComparison.Ordinal) && OthersOfKind().IsMatch(text) ? $"{n} lainnya" : context.ResolveUnit(n))];

    /// <summary>"IKM Dinas lain", "Kecamatan lainnya": units of that kind other than the reporting one, not the unit itself.</summary>
    [GeneratedRegex(@"\b(Dinas|Badan|Kecamatan)\s+(?:lain|lainnya)\b")]
    private static partial Regex OthersOfKind();

    [GeneratedRegex(@"\boleh\s+[^,;]*", RegexOptions.IgnoreCase)]
    private static partial Regex Agent();

    [GeneratedRegex(@"\b(?i:evaluasi|LHE|penilaian|dinilai|oleh|dari|hasil)\s+(\S+\s+){0,2}?(?i:Inspektorat)\b(\s+(?i:Daerah|Provinsi|Utama))?(\s+(Kabupaten|Kota|Provinsi)\s+[A-Z][a-z]+(\s+[A-Z][a-z]+){0,2})?")]
    private static partial Regex Evaluator();

    [GeneratedRegex(@"\b(?<kind>Kabupaten|Kota)\s+(?<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})")]
    private static partial Regex Pemda();

    /// <summary>Replaces indicator names with spaces of equal length, so "Persentase Pelaksanaan ..." is not read as a capaian cue.</summary>
    private static string Blank(string sentence, IndicatorLexicon lexicon)
    {
        var result = sentence;
        foreach (var name in lexicon.SpansIn(sentence).Concat(lexicon.MeasureWordsOfNames(sentence)))
        {
            result = result[..name.Start] + new string(' ', name.Length) + result[(name.Start + name.Length)..];
        }

        return result;
    }

    [GeneratedRegex(@"\b(capaian|target|realisasi|terealisasi)(nya)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex StrongCue();
}
