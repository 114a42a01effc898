using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Text;

/// <summary>
/// Indonesian words printed in an older or looser spelling besides the standard one ("ketentraman"
/// and "ketenteraman", "resiko" and "risiko"): a table may use one and the prose the other, so names
/// are matched on the standard spelling of each word.
/// </summary>
internal static class SpellingVariants
{
    private static readonly Dictionary<string, string> Standard = new(StringComparer.Ordinal)
    {
        ["ketentraman"] = "ketenteraman", ["tentram"] = "tenteram", ["praktek"] = "praktik", ["resiko"] = "risiko",
        ["propinsi"] = "provinsi", ["aktifitas"] = "aktivitas", ["efektifitas"] = "efektivitas", ["produktifitas"] = "produktivitas",
        ["kreatifitas"] = "kreativitas", ["kwalitas"] = "kualitas", ["kwantitas"] = "kuantitas", ["sistim"] = "sistem",
        ["obyek"] = "objek", ["obyektif"] = "objektif", ["subyek"] = "subjek", ["nasehat"] = "nasihat", ["prosentase"] = "persentase",
        ["jadual"] = "jadwal", ["ijin"] = "izin", ["perijinan"] = "perizinan", ["analisa"] = "analisis", ["standarisasi"] = "standardisasi",
        ["tehnis"] = "teknis", ["tekhnis"] = "teknis", ["tehnik"] = "teknik", ["tehnologi"] = "teknologi", ["frekwensi"] = "frekuensi",
        ["katagori"] = "kategori", ["ketrampilan"] = "keterampilan", ["trampil"] = "terampil", ["karir"] = "karier",
        ["managemen"] = "manajemen", ["menejemen"] = "manajemen", ["azas"] = "asas", ["antrian"] = "antrean", ["antri"] = "antre",
        ["himbauan"] = "imbauan", ["apotik"] = "apotek", ["hakekat"] = "hakikat", ["konkrit"] = "konkret", ["ekstrim"] = "ekstrem",
        ["sekedar"] = "sekadar", ["kwitansi"] = "kuitansi", ["sertipikat"] = "sertifikat", ["akte"] = "akta",
        ["kadaluarsa"] = "kedaluwarsa", ["kadaluwarsa"] = "kedaluwarsa", ["pengkoordinasian"] = "pengoordinasian",
        ["mengkoordinasikan"] = "mengoordinasikan",
    };

    private static readonly Dictionary<string, string[]> Spellings = Standard
        .GroupBy(pair => pair.Value, pair => pair.Key)
        .ToDictionary(g => g.Key, g => g.Prepend(g.Key).ToArray(), StringComparer.Ordinal);

    /// <summary>A name key (lower case, single spaces) with each word in its standard spelling.</summary>
    public static string Fold(string key) => string.Join(' ', key.Split(' ').Select(word => Standard.GetValueOrDefault(word, word)));

    /// <summary>A regular expression for a word of a folded key that matches each of its spellings.</summary>
    public static string Pattern(string word) =>
        Spellings.TryGetValue(word, out var spellings) ? $"(?:{string.Join('|', spellings.Select(Regex.Escape))})" : Regex.Escape(word);
}
