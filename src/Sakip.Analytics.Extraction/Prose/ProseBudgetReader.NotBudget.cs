using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>
/// Rupiah in a sentence that are no part of the unit's budget: revenue it collects ("realisasi penerimaan PBB-P2
/// sebesar Rp X dari target Rp Y", which a kecamatan reports as a performance figure), losses and assets it counts
/// ("jumlah kerugian akibat kebakaran sebesar Rp X", "aset yang diselamatkan") and rates ("Rp 500.000
/// per bulan", "Rp 45.000 per orang", "rata-rata sebesar Rp 12.500").
/// </summary>
internal static partial class ProseBudgetReader
{
    private static bool IsAboutOtherMoney(string sentence) => (Revenue().IsMatch(sentence) || LossesOrAssets().IsMatch(sentence)) && !SpendingWords().IsMatch(sentence);

    [GeneratedRegex(@"\b(kerugian|kerusakan|taksiran|aset|harta benda|diselamatkan|terselamatkan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LossesOrAssets();

    private static bool IsRate(string window, string after) => Rate().IsMatch(after) || Average().IsMatch(LastWords(window, 6));

    /// <summary>
    /// "telah dibangun 1 pos pemadam ... dengan anggaran Rp X", "Pengadaan 2 unit mobil pemadam senilai Rp X": in a clause that
    /// names no program or kegiatan, what something built or bought cost, not a budget line.
    /// </summary>
    private static bool IsCostOfThing(string before) => Cues.LastClause(before) is var clause && CostOfThing().IsMatch(clause) && !NamedWork().IsMatch(clause);

    [GeneratedRegex(@"\b(program|kegiatan|belanja)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamedWork();

    /// <summary>
    /// Whether the words before an amount naming no program, kegiatan or belanja speak of the budget at all ("anggaran", "pagu",
    /// "realisasi", "APBD"), and not of what a part of it pays for ("Anggaran untuk survei kepuasan masyarakat sebesar"):
    /// "Bantuan sosial ... senilai Rp X" and "Biaya pelatihan ... sebesar Rp X" are no budget lines.
    /// </summary>
    private static bool IsAboutTheBudget(string before) => BudgetWord().IsMatch(before) && !PaysFor().IsMatch(before);

    [GeneratedRegex(@"\b(anggaran\w*|pagu|belanja|apbd\w*|dpa|dppa|dialokasikan|dianggarkan|mengalokasikan|menganggarkan|alokasi|realisasi\w*|terealisasi|penyerapan|serapan|terserap|keuangan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BudgetWord();

    [GeneratedRegex(@"\banggaran\s+(yang\s+\w+\s+)?(untuk|bagi)\s+(?!(seluruh|semua|melaksanakan|pelaksanaan|mendukung|program|kegiatan|tahun|ta\b|belanja|kecamatan|dinas|badan|opd|perangkat))\w+", RegexOptions.IgnoreCase)]
    private static partial Regex PaysFor();

    [GeneratedRegex(@"\b(dibangun|membangun|pembangunan|pengadaan|diadakan|dibeli|membeli|pembelian|rehabilitasi|direhabilitasi|renovasi|direnovasi)\b.*\b(anggaran|biaya|dana|nilai|senilai|seharga)\b(\s+(sebesar|senilai))?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CostOfThing();

    [GeneratedRegex(@"\b(pbb(-p2)?|pajak|retribusi|penerimaan|pendapatan|pad|bphtb)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Revenue();

    [GeneratedRegex(@"\b(anggaran\w*|pagu|belanja|apbd|dialokasikan|dianggarkan|dpa|dppa)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpendingWords();

    // "per 31 Desember" and "per tanggal" date an amount; "per orang", "/bulan", "setiap kegiatan" make it a rate.
    [GeneratedRegex(@"^[\s,\-]*(/\s*[a-z]|per\s+(?!\d|tanggal|akhir|desember|bulan\s+desember|triwulan|semester)[a-z]|setiap\s|tiap\s)", RegexOptions.IgnoreCase)]
    private static partial Regex Rate();

    [GeneratedRegex(@"\b(rata-rata|rata\s+rata|rerata|dirata-ratakan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Average();
}
