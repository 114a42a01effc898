using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Extraction.Identity;

/// <summary>
/// Recognises OPD names in text ("Kecamatan Sei Balai", "Dinas Kesehatan", "Inspektorat Daerah") and their kind; a kind
/// that is a whole name may end its line ("SATUAN POLISI PAMONG PRAJA" over "KABUPATEN TEMANGGUNG" on a cover).
/// </summary>
internal static partial class UnitNames
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "kabupaten", "kota", "tahun", "dan", "yang", "di", "dalam", "pada", "untuk", "sebagai", "telah", "merupakan", "adalah",
        "memiliki", "dengan", "kepada", "dari", "ke", "ini", "tersebut", "selama", "sampai", "secara", "jika", "juga",
        "kab", "provinsi", "nomor", "periode", "telp", "jalan", "jl", "laporan", "kinerja", "mendapatkan", "memperoleh",
        "unggul", "sama", "menargetkan", "menarget", "sementara", "sehingga", "lebih", "tidak", "mencapai", "mengalami",
        "juga", "saat", "realitanya", "namun", "selisih", "apabila", "adapun", "menunjukkan", "dimana", "terhadap", "melakukan",
        "atas", "berdasarkan", "se", "lainnya", "diukur", "disusun", "ini", "dipimpin", "mempunyai", "terdiri", "pada",
    };

    public static bool IsStopWord(string word) => StopWords.Contains(word.TrimEnd('.', ','));

    /// <summary>The first unit name in a line, title-cased, or null.</summary>
    public static string? Find(string text) => FindAll(text).FirstOrDefault();

    public static IEnumerable<string> FindAll(string text)
    {
        foreach (Match match in Unit().Matches(text))
        {
            // "Kec. Datuk Tanah Datar": the kecamatan abbreviated.
            var prefix = match.Groups["prefix"].Value is "Kec." or "KEC." ? "Kecamatan" : ProfileDetector.TitleCase(match.Groups["prefix"].Value);
            var words = NameWords(match.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries), joins: prefix is not "Kecamatan");
            if (prefix is "Kecamatan" && words.Count == 0)
            {
                continue;
            }

            yield return words.Count == 0 ? prefix : $"{prefix} {ProfileDetector.TitleCase(string.Join(' ', words))}";
        }
    }

    /// <summary>
    /// The capitalised words of a name up to the first ordinary word. A dinas or badan name may join
    /// its parts with "dan" ("Dinas Komunikasi dan Informatika", "Badan Perencanaan Pembangunan,
    /// Penelitian dan Pengembangan Daerah"); a kecamatan name never does ("Kecamatan A dan B" are two).
    /// </summary>
    private static List<string> NameWords(string[] words, bool joins)
    {
        var taken = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].TrimEnd('.', ',');
            var joining = joins && taken.Count > 0 && word.Equals("dan", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Length
                && IsNameWord(words[i + 1].TrimEnd('.', ',')) && Unit().Match(words[i + 1]) is not { Success: true, Index: 0 };
            if (!joining && !IsNameWord(word))
            {
                break;
            }

            taken.Add(joining ? "dan" : word);
        }

        return taken;
    }

    private static bool IsNameWord(string word) => word.Length > 0 && !StopWords.Contains(word) && char.IsUpper(word[0]);

    /// <summary>The distinctive part of a unit name: "Sei Balai" of "Kecamatan Sei Balai".</summary>
    public static string Core(string name)
    {
        foreach (var prefix in new[] { "Kecamatan ", "Dinas ", "Badan ", "Kantor " })
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return name[prefix.Length..];
            }
        }

        return name;
    }

    /// <summary>
    /// Whether a single word is the abbreviation of a unit name the way OPD short names are made: a
    /// piece of every word of the name in turn, either letters of the word in order from its first
    /// ("Dis" of Dinas, "Kom" of Komunikasi) or a syllable from inside it ("duk" of Kependudukan,
    /// "capil" of Pencatatan Sipil): Diskominfo, Dinkes, Disdukcapil, Bappeda.
    /// </summary>
    public static bool IsAbbreviationOf(string word, string name)
    {
        var letters = new string([.. word.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
        var words = name.Split([' ', ',', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsLetter).Select(char.ToLowerInvariant)]))
            .Where(w => w.Length > 0 && w is not ("dan" or "serta" or "atau"))
            .ToList();
        return letters.Length >= 3 && letters.Length == word.Trim().Length && words.Count >= 2 && !words.Contains(letters)
            && Pieces(letters, 0, words, 0);
    }

    private static bool Pieces(string letters, int at, List<string> words, int index)
    {
        if (index == words.Count)
        {
            return at == letters.Length;
        }

        var word = words[index];
        for (var end = at + 1; end <= letters.Length; end++)
        {
            var piece = letters[at..end];
            var fromStart = piece[0] == word[0] && IsSubsequence(piece, word);
            var syllable = piece.Length >= 2 && word.Contains(piece, StringComparison.Ordinal);
            if (!fromStart && !syllable && piece.Length >= 2)
            {
                return false;
            }

            if ((fromStart || syllable) && Pieces(letters, end, words, index + 1))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSubsequence(string piece, string word)
    {
        var position = 0;
        foreach (var letter in piece)
        {
            position = word.IndexOf(letter, position) + 1;
            if (position == 0)
            {
                return false;
            }
        }

        return true;
    }

    public static UnitKind KindOf(string name)
    {
        var key = name.ToUpperInvariant();
        return key switch
        {
            _ when key.StartsWith("KECAMATAN", StringComparison.Ordinal) || key.StartsWith("KEC.", StringComparison.Ordinal) => UnitKind.Kecamatan,
            _ when key.StartsWith("SEKRETARIAT DPRD", StringComparison.Ordinal) || key.StartsWith("SEKRETARIAT DEWAN", StringComparison.Ordinal) => UnitKind.SekretariatDprd,
            _ when key.StartsWith("SEKRETARIAT DAERAH", StringComparison.Ordinal) => UnitKind.SekretariatDaerah,
            _ when key.StartsWith("INSPEKTORAT", StringComparison.Ordinal) => UnitKind.Inspektorat,
            _ when key.StartsWith("SATUAN POLISI", StringComparison.Ordinal) || key.StartsWith("SATPOL", StringComparison.Ordinal) => UnitKind.SatpolPp,
            _ when key.StartsWith("DINAS", StringComparison.Ordinal) => UnitKind.Dinas,
            _ when key.StartsWith("BADAN", StringComparison.Ordinal) => UnitKind.Badan,
            _ => UnitKind.Other,
        };
    }

    [GeneratedRegex(@"(?<![A-Za-z])(?<prefix>KECAMATAN|Kecamatan|KEC\.|Kec\.|DINAS|Dinas|BADAN|Badan|INSPEKTORAT|Inspektorat|SEKRETARIAT|Sekretariat|SATUAN POLISI PAMONG PRAJA|Satuan Polisi Pamong Praja)\s+(?=(?<name>[A-Za-z][A-Za-z.,]*(?:\s+[A-Za-z][A-Za-z.,]*){0,5}))"
        + @"|(?<![A-Za-z])(?<prefix>SATUAN POLISI PAMONG PRAJA|Satuan Polisi Pamong Praja|INSPEKTORAT|Inspektorat)\s*$")]
    private static partial Regex Unit();
}
