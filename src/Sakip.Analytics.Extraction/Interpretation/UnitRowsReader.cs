using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Identity;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Reads a comparison of units, one unit per row and one figure per column, each column naming an
/// indicator the report measures, the IKM or the AKIP score ("No | Kecamatan | IKM 2023 | Nilai SAKIP
/// 2023"): every row's figures are that unit's realizations of the indicator, an AKIP score is also
/// the unit's evaluation, and an IKM no indicator of the report measures is the unit's survey result. Rows of another kind
/// of unit than the report's (a dinas's fires per kecamatan) are its figure by area, not those units' own indicators.
/// </summary>
internal static partial class UnitRowsReader
{
    private sealed record FigureColumn(TableColumn Column, ExtractedIndicatorValue? Indicator, bool IsAkip, bool IsIkm, int Year);

    public static bool CanRead(TextTable table, ReadingContext context) =>
        table.Has(ColumnRole.Unit) && !table.Columns.Any(c => c.Role is ColumnRole.Indicator or ColumnRole.Target or ColumnRole.Realization
            or ColumnRole.Pagu or ColumnRole.BudgetRealisasi or ColumnRole.Sasaran or ColumnRole.Program)
        && FigureColumns(table, context).Count > 0;

    public static void Read(TextTable table, ReadingContext context)
    {
        var unitColumn = table.ColumnsWith(ColumnRole.Unit).First();
        var kindWord = unitColumn.Labels.LastOrDefault(l => l.Length > 0);
        var figures = FigureColumns(table, context);
        var grade = table.ColumnsWith(ColumnRole.Category).FirstOrDefault();
        var confidence = TableContext.Confidence(table);
        foreach (var row in table.DataRows)
        {
            var printed = Names.Clean(table.Cell(row, unitColumn.Index));
            if (National().IsMatch(NameKey.Of(printed)))
            {
                NationalRow(table, row, figures, confidence, context);
                continue;
            }

            var unit = printed.Length == 0 ? null : context.LikeUnitOfPemda(printed) ?? context.ResolveUnit(printed, kindWord);
            if (unit is null || UnitNames.KindOf(unit) is UnitKind.Other)
            {
                continue;
            }

            foreach (var figure in figures)
            {
                if (!table.TryValue(row, figure.Column.Index, out var value) || value.Number is null)
                {
                    continue;
                }

                var source = context.Source(table.Caption, row.Number, confidence);
                if (figure.Indicator is { } own && (figure.IsAkip || figure.IsIkm || UnitNames.KindOf(unit) == context.Profile.UnitKind))
                {
                    context.Indicators.Add(new ExtractedIndicatorValue(unit, own.Level, own.Goal, own.Indicator, own.Satuan, own.Polarity,
                        figure.Year, IndicatorValueKind.Realization, value.Number, value.Printed, null, source));
                }

                if (figure.IsAkip && value.Number is >= 0 and <= 100)
                {
                    var predikat = grade is not null && !SubjectWords.NamesMutu(grade.Label) && table.TryValue(row, grade.Index, out var p) ? p.Grade : null;
                    context.Akip.Add(new ExtractedAkip(unit, figure.Year, AkipValueKind.Realization, AkipRegulation.PermenPanRb88Of2021,
                        new Dictionary<AkipComponent, decimal>(), value.Number, predikat, null, source)
                    {
                        TotalText = value.Printed,
                        PredikatLine = predikat is null ? null : row.Number,
                    });
                }
                else if (figure.IsIkm && figure.Indicator is null)
                {
                    var mutu = grade is not null && SubjectWords.NamesMutu(grade.Label) && table.TryValue(row, grade.Index, out var m) ? m.Grade : null;
                    context.Ikm.Add(new ExtractedIkm(unit, figure.Year, null, [], null, value.Number, mutu, source));
                }
            }
        }
    }

    /// <summary>"Nasional" among the pemda compared: the country's figure of each indicator, set beside the report's own unit.</summary>
    private static void NationalRow(TextTable table, Documents.ReportLine row, List<FigureColumn> figures, double confidence, ReadingContext context)
    {
        foreach (var figure in figures.Where(f => f.Indicator is not null))
        {
            if (table.TryValue(row, figure.Column.Index, out var value) && value.Number is not null)
            {
                var own = figure.Indicator!;
                context.Indicators.Add(new ExtractedIndicatorValue(context.Profile.Unit, own.Level, own.Goal, own.Indicator, own.Satuan, own.Polarity,
                    figure.Year, IndicatorValueKind.NationalRealization, value.Number, value.Printed, null, context.Source(table.Caption, row.Number, confidence)));
            }
        }
    }

    // "Nasional", "Rata-rata Nasional", "Indonesia".
    [GeneratedRegex(@"^((rata rata|capaian|realisasi|tingkat) )?(nasional|indonesia)$")]
    private static partial Regex National();

    /// <summary>The columns naming what the report measures: an indicator of its own unit by name, the IKM, or the AKIP score.</summary>
    private static List<FigureColumn> FigureColumns(TextTable table, ReadingContext context)
    {
        var own = context.Indicators.Where(v => v.Unit == context.Profile.Unit && !v.Source.IsProse).DistinctBy(v => v.Indicator).ToList();
        var figures = new List<FigureColumn>();
        foreach (var column in table.Columns.Where(c => c.Role is ColumnRole.Value or ColumnRole.Total or ColumnRole.Unknown or ColumnRole.YearValue or ColumnRole.Capaian))
        {
            var label = string.Join(' ', column.Labels.Where(l => l.Length > 0));
            if (column.Role == ColumnRole.Capaian && !own.Any(v => NameKey.Of(v.Indicator) == NameKey.Of(Framing().Replace(label, " ")))
                && SoleNameShortenedTo(own, NameKey.Of(Framing().Replace(label, " "))) is null)
            {
                // "Persentase penyelesaian pengaduan" is read as a capaian by its first word; it is the column of that
                // indicator only when it prints the indicator's whole name, or a shortened one no other name fits.
                continue;
            }

            if (column.Role == ColumnRole.YearValue && NameKey.Of(Framing().Replace(label, " ")).Length == 0)
            {
                // "Kecamatan | 2021 | 2022 | 2023" under "Perbandingan Nilai AKIP Antar Kecamatan": the caption names what each year holds.
                label = $"{table.Context} {label}";
            }

            var subject = NameKey.Of(Framing().Replace(label, " "));
            if (subject.Length == 0)
            {
                continue;
            }

            var isAkip = SubjectWords.NamesAkip(label);
            var isIkm = !isAkip && SubjectWords.NamesIkm(label);
            var indicator = own.FirstOrDefault(v => isAkip ? SubjectWords.NamesAkip(v.Indicator) : isIkm ? SubjectWords.NamesIkm(v.Indicator) : NamedBy(v.Indicator, subject))
                ?? (isAkip || isIkm ? null : SoleNameOpenedBy(own, subject) ?? SoleNameShortenedTo(own, subject));
            if (indicator is not null || isAkip || isIkm)
            {
                figures.Add(new FigureColumn(column, indicator, isAkip, isIkm, column.Year ?? TableContext.YearOf(table) ?? context.Year));
            }
        }

        return figures;
    }

    /// <summary>"Penyelesaian gangguan trantibum (%)" names "Persentase penyelesaian gangguan trantibum": the name, or three of its words in a row.</summary>
    internal static bool NamedBy(string indicator, string subject)
    {
        var name = NameKey.Of(indicator);
        return name == subject || subject.Split(' ').Length >= 3 && (" " + name + " ").Contains(" " + subject + " ", StringComparison.Ordinal);
    }

    /// <summary>"Cakupan pelayanan (%)" over a comparison: the one indicator whose name opens with those two or more words.</summary>
    private static ExtractedIndicatorValue? SoleNameOpenedBy(List<ExtractedIndicatorValue> own, string subject)
    {
        var opened = subject.Split(' ').Length >= 2 ? own.Where(v => NameKey.Of(v.Indicator).StartsWith(subject + " ", StringComparison.Ordinal)).ToList() : [];
        return opened.Count == 1 ? opened[0] : null;
    }

    private const int MaxWordsLeftOut = 6;

    /// <summary>
    /// "Persentase waktu tanggap (%)" over a comparison: the one indicator whose name opens with the same word and has all of
    /// the label's words (three at least) in the same order ("Persentase tingkat waktu tanggap (response time rate) di WMK").
    /// </summary>
    private static ExtractedIndicatorValue? SoleNameShortenedTo(List<ExtractedIndicatorValue> own, string subject)
    {
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var fitting = words.Length >= 3
            ? own.Where(v => NameForms(v.Indicator).Any(form => InOrderWithin(words, form.Split(' ', StringSplitOptions.RemoveEmptyEntries)))).DistinctBy(v => NameKey.Of(v.Indicator)).ToList()
            : [];
        return fitting.Count == 1 ? fitting[0] : null;
    }

    /// <summary>
    /// The name, and the other name in its brackets with the words after them: "Persentase tingkat waktu tanggap (response
    /// time rate) daerah layanan WMK" is also "response time rate daerah layanan WMK", which "Response Time Rate WMK" shortens.
    /// </summary>
    private static IEnumerable<string> NameForms(string indicator)
    {
        yield return NameKey.Of(indicator);
        if (BracketedName().Match(indicator) is { Success: true } bracket)
        {
            yield return NameKey.Of($"{bracket.Groups["other"].Value} {indicator[(bracket.Index + bracket.Length)..]}");
        }
    }

    [GeneratedRegex(@"\((?<other>[^()]*\s[^()]*)\)")]
    private static partial Regex BracketedName();

    private static bool InOrderWithin(string[] words, string[] name)
    {
        if (name.Length == 0 || name[0] != words[0] || name.Length - words.Length > MaxWordsLeftOut)
        {
            return false;
        }

        var at = 0;
        foreach (var word in words)
        {
            at = Array.IndexOf(name, word, at);
            if (at < 0)
            {
                return false;
            }

            at++;
        }

        return true;
    }

    /// <summary>The words around what a column measures: "Nilai", "Realisasi", its year, a unit in brackets.</summary>
    [GeneratedRegex(@"\b(nilai|realisasi|capaian|hasil|skor|tahun|th\.?)\b|\(.*?\)|\b(19|20)\d\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex Framing();
}
