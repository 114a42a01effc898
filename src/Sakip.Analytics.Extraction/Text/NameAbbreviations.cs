namespace Sakip.Analytics.Extraction.Text;

/// <summary>
/// Abbreviations LKjIP tables and prose use for the words of an indicator's name ("sesuai SPM" for "sesuai
/// Standar Pelayanan Minimal", "trantibum"): written out, so two wordings of one name compare equal.
/// </summary>
internal static class NameAbbreviations
{
    private static readonly Dictionary<string, string> WrittenOut = new(StringComparer.Ordinal)
    {
        ["spm"] = "standar pelayanan minimal", ["ikm"] = "indeks kepuasan masyarakat", ["skm"] = "survei kepuasan masyarakat",
        ["asn"] = "aparatur sipil negara", ["perda"] = "peraturan daerah", ["perkada"] = "peraturan kepala daerah",
        ["perbup"] = "peraturan bupati", ["perwali"] = "peraturan wali kota", ["trantibum"] = "ketenteraman dan ketertiban umum",
        ["damkar"] = "pemadam kebakaran", ["sop"] = "standar operasional prosedur", ["pad"] = "pendapatan asli daerah",
        ["renstra"] = "rencana strategis", ["akip"] = "akuntabilitas kinerja instansi pemerintah", ["wmk"] = "wilayah manajemen kebakaran",
    };

    /// <summary>A name key (lower case, single spaces) with each known abbreviation written out.</summary>
    public static string Expand(string key) => string.Join(' ', key.Split(' ').Select(word => WrittenOut.GetValueOrDefault(word, word)));
}
