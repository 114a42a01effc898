using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>
/// "Program Penunjang Urusan ... sebesar Rp A terealisasi Rp B (95,24%), Program Penyelenggaraan ... sebesar Rp C ...": a
/// clause opening with the program's name and going straight on to its amount ("Program X terealisasi sebesar Rp B",
/// "Program X terserap Rp B") gives that program's line; a kegiatan's or a sub kegiatan's clause likewise gives its own.
/// </summary>
internal static partial class ProseBudgetReader
{
    /// <summary>
    /// A program's name after "Program": capitalised, up to the words after it; a comma before another capitalised word
    /// continues it ("Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran ..."), unless a program, kegiatan or belanja follows.
    /// </summary>
    private const string ProgramNameRest = @"[A-Z](?:[^,;:()%]|,\s*(?=[A-Z])(?!(?:Program|Kegiatan|Sub|Belanja)\b))*?";

    // Where a clause opens: the sentence's start, or after a comma or "dan", "serta", "sedangkan".
    private const string ClauseOpens = @"(?:^\W*|[,;]\s*(?:(?i:dan|serta|sedangkan|kemudian)\s+)?|\b(?i:dan|serta|sedangkan)\s+)";

    // "Realisasi", "Anggaran", "Pagu", "untuk", "pada": words naming the amount of what follows.
    private const string AmountOf = @"\b(?i:untuk|bagi|pada|realisasi(?:\s+anggaran)?|(?:pagu\s+)?anggaran|pagu)\s+";

    // "Kegiatan", "Sub kegiatan".
    private const string KegiatanWord = @"(?<level>[Ss]ub\s*-?\s*[Kk]egiatan|[Kk]egiatan)\s+";

    // "tahun 2023", "TA 2023" after the name.
    private const string OfYear = @"(?:\s+(?i:tahun|TA\.?)\s+\d{4})?";

    // "terealisasi", "terserap sebesar", "sebesar": the amount comes next.
    private const string SpentNext = @"(?:\s+(?i:terealisasi|direalisasikan|terserap|mencapai)(?:\s+(?i:sebesar|senilai))?|\s+(?i:sebesar|senilai))\s*:?\s*$";

    [GeneratedRegex(ClauseOpens + @"(?<name>[Pp]rogram\s+" + ProgramNameRest + ")" + OfYear + SpentNext)]
    private static partial Regex ProgramOpensClause();

    /// <summary>"Kegiatan X terealisasi Rp", "Sub kegiatan X terserap sebesar Rp": a kegiatan's clause, as a program's.</summary>
    [GeneratedRegex(ClauseOpens + KegiatanWord + "(?<name>" + ProgramNameRest + ")" + OfYear + SpentNext)]
    private static partial Regex KegiatanOpensClause();

    /// <summary>
    /// "Anggaran yang dialokasikan untuk Program X sebesar", "realisasi pada Program X sebesar", "Realisasi Program X tahun
    /// 2023 sebesar", "Pagu anggaran Program X sebesar": the program's amount next.
    /// </summary>
    [GeneratedRegex(AmountOf + @"(?<name>[Pp]rogram\s+" + ProgramNameRest + ")" + OfYear + @"\s+(?i:sebesar|senilai)\s*:?\s*$")]
    private static partial Regex ProgramThenAmount();

    /// <summary>"Realisasi kegiatan X sebesar", "Anggaran sub kegiatan X sebesar": the kegiatan's amount next, as a program's.</summary>
    [GeneratedRegex(AmountOf + KegiatanWord + "(?<name>" + ProgramNameRest + ")" + OfYear + @"\s+(?i:sebesar|senilai)\s*:?\s*$")]
    private static partial Regex KegiatanThenAmount();
}
