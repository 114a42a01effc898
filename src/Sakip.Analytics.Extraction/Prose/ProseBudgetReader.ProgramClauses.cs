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

    [GeneratedRegex(@"(?:^\W*|[,;]\s*(?:(?i:dan|serta|sedangkan|kemudian)\s+)?|\b(?i:dan|serta|sedangkan)\s+)(?<name>[Pp]rogram\s+" + ProgramNameRest + @")(?:\s+(?i:tahun|TA\.?)\s+\d{4})?(?:\s+(?i:terealisasi|direalisasikan|terserap|mencapai)(?:\s+(?i:sebesar|senilai))?|\s+(?i:sebesar|senilai))\s*:?\s*$")]
    private static partial Regex ProgramOpensClause();

    /// <summary>"Kegiatan X terealisasi Rp", "Sub kegiatan X terserap sebesar Rp": a kegiatan's clause, as a program's.</summary>
    [GeneratedRegex(@"(?:^\W*|[,;]\s*(?:(?i:dan|serta|sedangkan|kemudian)\s+)?|\b(?i:dan|serta|sedangkan)\s+)(?<level>[Ss]ub\s*-?\s*[Kk]egiatan|[Kk]egiatan)\s+(?<name>" + ProgramNameRest + @")(?:\s+(?i:tahun|TA\.?)\s+\d{4})?(?:\s+(?i:terealisasi|direalisasikan|terserap|mencapai)(?:\s+(?i:sebesar|senilai))?|\s+(?i:sebesar|senilai))\s*:?\s*$")]
    private static partial Regex KegiatanOpensClause();

    /// <summary>"Realisasi kegiatan X sebesar", "Anggaran sub kegiatan X sebesar": the kegiatan's amount next, as a program's.</summary>
    [GeneratedRegex(@"\b(?i:untuk|bagi|pada|realisasi(?:\s+anggaran)?|(?:pagu\s+)?anggaran|pagu)\s+(?<level>[Ss]ub\s*-?\s*[Kk]egiatan|[Kk]egiatan)\s+(?<name>" + ProgramNameRest + @")(?:\s+(?i:tahun|TA\.?)\s+\d{4})?\s+(?i:sebesar|senilai)\s*:?\s*$")]
    private static partial Regex KegiatanThenAmount();
}
