using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Interpretation;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>Which year a figure in a sentence belongs to.</summary>
internal static partial class ProseIndicatorReader
{
    /// <summary>
    /// The year the figures before a text belong to: the year named last, leaving out a comparison
    /// clause already closed after a year of its own ("Tahun 2024 ..., meningkat dibandingkan tahun 2023
    /// sebesar 2,54, namun ..."), whose year was only the compared one's. A sentence that opens with
    /// the comparison ("Apabila dibandingkan dengan tahun 2021, ...") is about that year, unless a change comes before it
    /// ("Realisasi meningkat dibanding tahun 2021 sebesar 52,30%, namun ...": the rise is the report's year's) and the comparison
    /// gives the compared year's figure itself ("meningkat dibandingkan tahun 2022, yang hanya sebesar 80,50": 80,50 is 2022's).
    /// </summary>
    internal static int? YearBefore(string prefix)
    {
        var withoutComparisons = ClosedComparison().Replace(
            prefix, m => Year().IsMatch(prefix[..m.Index]) || ChangeBefore().IsMatch(prefix[..m.Index]) && GivesItsFigure(m.Value) ? " " : m.Value);
        var cleaned = LegalCitation.WithoutCitations(YearRange().Replace(withoutComparisons, " "));
        var matches = Year().Matches(cleaned);
        return matches.Count == 0 ? null : int.Parse(matches[^1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The year a sentence hands on to the next ones: the year it names last outside its comparisons
    /// ("Nilai IKM meningkat 1,24 poin dibandingkan tahun 2023." hands on no year).
    /// </summary>
    /// <remarks>
    /// A plan document's year ("terakomodir dalam RKPD tahun 2024") is the document's, not the next sentences'.
    /// </remarks>
    /// A year given its own figure ("sejak 2021 (79,40)") or a trend's start ("terus meningkat sejak 2021") is not handed on either.
    internal static int? CarriedYear(string sentence) =>
        YearBefore(SinceYear().Replace(OwnFigureYear().Replace(PlanDocumentYear().Replace(ClosedComparison().Replace(sentence + ",", " "), " "), " "), " "));

    [GeneratedRegex(YearsFigure)]
    private static partial Regex OwnFigureYear();

    [GeneratedRegex(@"\bsejak\s+(tahun\s+)?(19|20)\d\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex SinceYear();

    /// <summary>"... terus meningkat sejak 2021; persentase ... mencapai 65%": a trend's start ends with its clause.</summary>
    [GeneratedRegex(@"\bsejak\s+(tahun\s+)?(19|20)\d\d\b(?=[^;]*;)", RegexOptions.IgnoreCase)]
    private static partial Regex SinceYearBeforeSemicolon();

    [GeneratedRegex(@"\b(RKPD|Renja|RKA|DPPA|DPA|KUA(\s*-\s*PPAS)?|PPAS|Musrenbang)\s+(tahun\s+(anggaran\s+)?|TA\.?\s*)?(19|20)\d\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlanDocumentYear();

    /// <summary>
    /// The year a figure of a sentence belongs to: a compared year's, else the year stated right after it
    /// ("71,20 pada tahun 2023"), else the year named before it, else the paragraph's, else the report's.
    /// </summary>
    internal static int YearOf(string sentence, ProseNumber number, int? lineYear, ReadingContext context)
    {
        // "naik dari 101,50% (2021) dan 101,89% (2022) menjadi 104,84%": the years the rise starts from are not the figure's it comes to.
        var prefix = SinceYearBeforeSemicolon().Replace(RiseFromEarlierYears().Replace(sentence[..number.Start], " "), " ");
        var stated = YearBefore(NamingRelativeYears(prefix, lineYear ?? context.Year, context.Year)) ?? lineYear ?? context.Year;
        if (PreviousYearsFigure().IsMatch(sentence[..number.Start]))
        {
            // "meningkat sebesar 3 dari tahun sebelumnya sebesar 82": the figure is the year before's.
            return (YearBefore(sentence[..number.Start]) ?? lineYear ?? context.Year) - 1;
        }

        return ComparedYear(sentence, number, stated, context.Profile) ?? YearAfter(sentence[number.End..]) ?? RespectiveYear(sentence, number, context.Year) ?? stated;
    }

    /// <summary>
    /// "tahun lalu" / "tahun sebelumnya" written as the year before the one named ahead of it (else the paragraph's or
    /// the report's), "tahun ini" as the report's year, so "tahun lalu sebesar 59,80" is not read as this year's figure.
    /// A compared "tahun sebelumnya" ("dibandingkan tahun sebelumnya") is left to the comparison rules.
    /// </summary>
    private static string NamingRelativeYears(string prefix, int fallback, int reportYear) =>
        RelativeYear().Replace(prefix, m => m.Groups["now"].Success
            ? $"tahun {reportYear}"
            : $"tahun {(YearBefore(prefix[..m.Index]) ?? fallback) - 1}");

    /// <summary>
    /// "73,45 pada tahun 2024", "14 menit pada tahun 2023", "90 pada akhir tahun 2026", "81,75 (2022)", "16 menit (2022)", "69,85
    /// dengan predikat BB pada tahun 2021", "31,40% pada kondisi awal Renstra tahun 2020": the year the sentence gives the figure itself.
    /// </summary>
    private static int? YearAfter(string after) =>
        FollowingYear().Match(after) is { Success: true } match ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// "naik dari 82,10 pada tahun 2023", "turun menjadi 88,00% dari 104,71% pada tahun 2021", "naik dari
    /// 212,50 pada kondisi awal": the earlier figure of a change takes the year named after it in its clause;
    /// "naik dari 93,75% menjadi 96,40%" names none, and the earlier figure is the year before the new one's.
    /// </summary>
    private static int? ComparedYear(string sentence, ProseNumber number, int stated, ReportProfile profile)
    {
        if (!Cues.IsComparedFrom(sentence[..number.Start]))
        {
            return null;
        }

        var clauseEnd = ClauseEnd().Match(sentence[number.End..]);
        var clause = clauseEnd.Success ? sentence[number.End..(number.End + clauseEnd.Index)] : sentence[number.End..];
        if (NewValueNext().Match(clause) is { Success: true } newValue)
        {
            return (YearAfter(clause[newValue.Length..]) ?? stated) - 1;
        }

        var year = Year().Match(clause);
        return year.Success ? int.Parse(year.Value, CultureInfo.InvariantCulture)
            : Baseline().IsMatch(clause) ? profile.RenstraBaseline : null;
    }

    [GeneratedRegex(@"^\s*(?:(?:menit|jam|hari|detik|orang|kasus|kejadian|unit|dokumen|laporan|kali|poin|persen|kelurahan|desa|km|ha|hektar|inovasi|berkas|titik)\s+)?(?:(\([^()]{0,30}\)\s*)?(dengan\s+(predikat|mutu|kategori)\s+[A-D]{1,2}\b(\s*\([^()]{0,20}\))?\s+)?(pada|di)\s+(akhir\s+|kondisi\s+awal\s+(renstra\s+)?)?(tahun\s+(anggaran\s+)?|TA\.?\s*)?(?<year>(19|20)\d\d)(?![\d.,]\d)|\(\s*(?:tahun\s+|TA\.?\s*)?(?<year>(19|20)\d\d)\s*\))", RegexOptions.IgnoreCase)]
    private static partial Regex FollowingYear();

    /// <summary>"... dari 93,75% menjadi 96,40%": the new value of the change follows straight after the earlier one.</summary>
    [GeneratedRegex(@"^\s*menjadi\s+\d[\d.,]*\s*%?", RegexOptions.IgnoreCase)]
    private static partial Regex NewValueNext();

    [GeneratedRegex(@"(?<!-)(?<!\b(?:dibandingkan|dibanding|daripada|dari|terhadap|atas)\s+(?:dengan\s+)?(?:(?:capaian|realisasi|nilai|kinerja)\s+)?)\btahun\s+(?:(?:yang\s+)?lalu|sebelumnya|sebelum\s+nya|(?<now>ini|berjalan))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeYear();

    [GeneratedRegex(@"\b(dari|dibandingkan|dibanding|daripada|terhadap)\s+(dengan\s+)?(capaian\s+|realisasi\s+|nilai\s+)?tahun\s+(yang\s+lalu|lalu|sebelumnya)\s+(yang\s+)?(hanya\s+)?(sebesar|yaitu|yakni|senilai|adalah)?\s*\(?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PreviousYearsFigure();

    // "dari 101,50% (2021) dan 101,89% (2022) menjadi", "dari 90% pada tahun 2021 menjadi": earlier figures with their years.
    [GeneratedRegex(@"\bdari\s+\d[\d.,]*\s*%?[^.;]*\bmenjadi\s*(sebesar\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RiseFromEarlierYears();

    [GeneratedRegex(@"\b(meningkat|naik|menurun|turun|membaik|memburuk|lebih\s+\w+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeBefore();

    private static bool GivesItsFigure(string comparison) => Figure().IsMatch(Year().Replace(comparison, " "));

    [GeneratedRegex(@"\d")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\bkondisi\s+awal\b", RegexOptions.IgnoreCase)]
    private static partial Regex Baseline();

    // "naik dari", "naik 1,37 poin dari", "meningkat sebesar 2,5% dari", "lebih rendah dari": a change measured from the
    // compared year, closed by a comma or by the compared years' own figures in brackets ("dibandingkan tahun 2022 (64,83)
    // dan ...", "dibanding tahun 2021 (73,08%) dan tahun 2022 (76,42%)", "dari tahun 2022 (68,47; predikat B)").
    [GeneratedRegex(@"\b(dibandingkan|dibanding|(naik|turun|meningkat|menurun|bertambah|berkurang)(\s+sebesar)?(\s+\d+([.,]\d+)*\s*(poin|persen|%)?)?\s+dari|lebih\s+(rendah|tinggi|besar|kecil|baik|cepat|lambat)\s+(dari|daripada))\b.*?([,;](?=\s|$)|"
        + YearsFigure + @"(\s*(,|dan|serta)\s*(tahun\s+)?" + YearsFigure + ")*)", RegexOptions.IgnoreCase)]
    private static partial Regex ClosedComparison();

    // "2022 (64,83)", "2021 (73,08%)", "2022 (68,47; predikat B)": a compared year with its figure in brackets.
    private const string YearsFigure = @"(19|20)\d\d\s*\(\s*\d[\d.,]*\s*%?\s*([;,][^()]*)?\)";

    [GeneratedRegex(@"[,;](?=\s|$)")]
    private static partial Regex ClauseEnd();

    private static Regex Year() => Cues.Year();

    [GeneratedRegex(@"(19|20)\d\d\s*[-–—/]\s*(19|20)\d\d")]
    private static partial Regex YearRange();

}
