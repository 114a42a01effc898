using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Extraction.Identity;

internal static partial class ProfileDetector
{
    private static readonly HashSet<string> NameStopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "tahun", "nomor", "no", "dan", "yang", "di", "ke", "dari", "kecamatan", "kabupaten", "kota", "provinsi", "se",
        "sebagai", "dalam", "pada", "untuk", "telah", "ini", "tentang", "melalui", "kepada", "sesuai", "atas", "dengan",
        "serta", "oleh", "adalah", "merupakan", "memiliki", "secara", "setelah", "sebelumnya", "sekarang", "periode",
        "kinerja", "laporan", "camat", "bupati", "walikota", "jalan", "jl", "telp", "kode", "pos", "pemerintah", "c",
    };

    private static readonly string[] Provinces =
    [
        "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi", "Sumatera Selatan", "Bangka Belitung",
        "Bengkulu", "Lampung", "DKI Jakarta", "Jawa Barat", "Banten", "Jawa Tengah", "DI Yogyakarta", "Daerah Istimewa Yogyakarta",
        "Jawa Timur", "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah",
        "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah",
        "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara", "Maluku", "Maluku Utara", "Papua", "Papua Barat",
        "Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua Barat Daya",
    ];

    /// <summary>The most cited "Kabupaten X" / "Kota X" (X up to three capitalised words).</summary>
    private static (string? Name, TenantKind? Kind) Tenant(List<(int Number, string Text)> lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, text) in lines)
        {
            foreach (Match match in TenantMention().Matches(text))
            {
                var words = match.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .TakeWhile(w => !NameStopWords.Contains(w) && char.IsUpper(w[0]))
                    .ToList();
                if (words.Count == 0)
                {
                    continue;
                }

                var kind = match.Groups["kind"].Value.StartsWith("kab", StringComparison.OrdinalIgnoreCase) ? "Kabupaten" : "Kota";
                var name = $"{kind} {TitleCase(string.Join(' ', words))}";
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
        }

        if (counts.Count == 0)
        {
            return (null, null);
        }

        var best = counts.OrderByDescending(p => p.Value).ThenByDescending(p => p.Key.Length).First().Key;
        return (best, TenantKindOf(best));
    }

    private static TenantKind? TenantKindOf(string? tenant) =>
        tenant is null ? null
        : tenant.StartsWith("Kab", StringComparison.OrdinalIgnoreCase) ? TenantKind.Kabupaten
        : tenant.StartsWith("Kota", StringComparison.OrdinalIgnoreCase) ? TenantKind.Kota
        : null;

    /// <summary>A province the report names (e.g. "DUMAI - RIAU"), the most cited.</summary>
    private static string? Province(List<(int Number, string Text)> lines)
    {
        var text = string.Join('\n', lines.Select(l => l.Text));
        return Provinces
            .Select(p => (Name: p, Count: Regex.Matches(text, $@"\b{Regex.Escape(p)}\b", RegexOptions.IgnoreCase).Count))
            .Where(p => p.Count > 0)
            .OrderByDescending(p => p.Count)
            .ThenByDescending(p => p.Name.Length)
            .Select(p => p.Name)
            .FirstOrDefault();
    }

    internal static string TitleCase(string text)
    {
        var lower = text.ToLower(CultureInfo.GetCultureInfo("id-ID"));
        var words = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w is "dan" or "di" or "yang" ? w : w.ToUpperInvariant() is "DPRD" or "OPD" or "PP" ? w.ToUpperInvariant() : char.ToUpperInvariant(w[0]) + w[1..]);
        return string.Join(' ', words);
    }

    /// <summary>"Kabupaten X", "KOTA X": not "Daerah Kabupaten/Kota" (a program's name), nor words in the next table cell.</summary>
    [GeneratedRegex(@"(?<!/\s*)\b(?<kind>Kabupaten|KABUPATEN|Kab\.|Kota|KOTA)(?!\s*/)[ ]+(?<name>[A-Za-z][A-Za-z'-]*(?:[ ]+[A-Za-z][A-Za-z'-]*){0,3})")]
    private static partial Regex TenantMention();
}
