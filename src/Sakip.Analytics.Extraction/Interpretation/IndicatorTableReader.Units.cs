using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class IndicatorTableReader
{
    /// <summary>
    /// Units compared row by row with no column naming an indicator ("Perangkat Daerah | Target 2022 ...
    /// | Realisasi 2022 ..."): every figure is of the one indicator the caption names.
    /// </summary>
    private static bool UnitsAsRows(TextTable table) =>
        table.Has(ColumnRole.Unit) && (table.Has(ColumnRole.Target) || table.Has(ColumnRole.Realization)) && !HasNameColumn(table);

    /// <summary>
    /// The indicator, among those the report's own tables have named so far, whose name the caption
    /// (or the sentence introducing the table) prints; the longest such name when several fit.
    /// </summary>
    internal static ExtractedIndicatorValue? IndicatorNamedBy(TextTable table, ReadingContext context)
    {
        var text = $" {NameKey.Of($"{table.Context} {table.LeadIn}")} ";
        var own = context.Indicators.Where(v => v.Unit == context.Profile.Unit && !v.Source.IsProse && v.Level != IndicatorLevel.Individual).ToList();
        var named = own
            .Select(v => (Value: v, Length: NameForms(v.Indicator).Where(f => f.Length > 0 && text.Contains($" {f} ", StringComparison.Ordinal)).Select(f => f.Length).DefaultIfEmpty(0).Max()))
            .Where(m => m.Length > 0)
            .OrderByDescending(m => m.Length)
            .Select(m => m.Value)
            .FirstOrDefault();
        if (named is not null)
        {
            return named;
        }

        // "Perbandingan Capaian Layanan PATEN Antar Kecamatan": the acronym of one indicator's name, with the word before it;
        // "Perbandingan IKM Kecamatan X dengan Kecamatan Lain": the IKM (or the AKIP score) by its short name.
        var caption = $"{table.Context} {table.LeadIn}";
        var byShortName = own.Where(v => Names.AcronymPhrases(v.Indicator).Any(phrase => text.Contains($" {phrase} ", StringComparison.Ordinal))
                || SubjectWords.NamesIkm(caption) && SubjectWords.NamesIkm(v.Indicator) || SubjectWords.NamesAkip(caption) && SubjectWords.NamesAkip(v.Indicator))
            .DistinctBy(v => NameKey.Of(v.Indicator)).ToList();
        return byShortName.Count == 1 ? byShortName[0] : IndicatorShortenedBy(table.Context, own, context);
    }

    /// <summary>
    /// An indicator's name as a caption may print it: whole, without its bracketed short form, or by the other name in
    /// its brackets ("Waktu tanggap (response time) penanganan kebakaran" captioned "Perbandingan Response Time") when
    /// that is more than one word and not a satuan.
    /// </summary>
    private static IEnumerable<string> NameForms(string indicator)
    {
        yield return NameKey.Of(indicator);
        var open = indicator.IndexOf('(', StringComparison.Ordinal);
        if (open > 0)
        {
            yield return NameKey.Of(indicator[..open]);
            yield return NameKey.Of(Bracketed().Replace(indicator, " "));
        }

        foreach (Match bracket in Bracketed().Matches(indicator))
        {
            var other = NameKey.Of(bracket.Groups["inner"].Value);
            if (other.Contains(' ', StringComparison.Ordinal) && !BracketedSatuan().IsMatch(bracket.Value))
            {
                yield return other;
            }
        }
    }

    /// <summary>"Angka Kematian Ibu (per 100.000 KH)", "Cakupan imunisasi (%)": the satuan printed in brackets after the name, without a column of its own.</summary>
    internal static string? SatuanInName(string indicator) =>
        BracketedSatuan().Match(indicator) is { Success: true } match ? match.Groups["satuan"].Value.Trim() : null;

    /// <summary>"Target (%)", "Realisasi (%)": a value column whose header says its figures are percentages.</summary>
    private static bool IsPercentColumn(TableColumn column) =>
        column.Labels.LastOrDefault(l => l.Length > 0) is { } label && PercentHeader().IsMatch(label);

    [GeneratedRegex(@"\((?<satuan>%|persen|per\s[^()]{1,30}|orang|unit|menit|jam|hari|tahun|indeks|nilai|dokumen|kali|rasio|km|ha|rupiah|rp)\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BracketedSatuan();

    [GeneratedRegex(@"\((?<inner>[^()]*)\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\(\s*%\s*\)\s*$")]
    private static partial Regex PercentHeader();
}
