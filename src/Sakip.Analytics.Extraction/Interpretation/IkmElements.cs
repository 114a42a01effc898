using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>The nine service elements of PermenPANRB 14/2017 as reports word them ("Prilaku Pelaksana", "Biaya/Tarif").</summary>
internal static partial class IkmElements
{
    public static IkmElement? Of(string? text)
    {
        var key = NameKey.WithoutEnumerator(Code().Replace(Markup.Strip(text ?? string.Empty), string.Empty, 1));
        if (key.Length == 0 || key.Length > 90)
        {
            return null;
        }

        // "Kesesuaian persyaratan pelayanan", "Kemudahan prosedur", "Kualitas sarana dan prasarana": the element after the quality asked about.
        return OfKey(key) ?? (Qualifier().Match(key) is { Success: true } qualifier ? OfKey(key[qualifier.Length..]) : null);
    }

    private static IkmElement? OfKey(string key)
    {
        return key switch
        {
            _ when key.StartsWith("persyaratan", StringComparison.Ordinal) => IkmElement.Persyaratan,
            _ when key.StartsWith("prosedur", StringComparison.Ordinal) || key.StartsWith("sistem mekanisme", StringComparison.Ordinal) => IkmElement.Prosedur,
            _ when key.StartsWith("waktu", StringComparison.Ordinal) || key.StartsWith("kecepatan", StringComparison.Ordinal) => IkmElement.Waktu,
            _ when key.StartsWith("biaya", StringComparison.Ordinal) || key.StartsWith("tarif", StringComparison.Ordinal) || key.StartsWith("kewajaran biaya", StringComparison.Ordinal) => IkmElement.Biaya,
            _ when key.StartsWith("produk", StringComparison.Ordinal) || key.StartsWith("spesifikasi", StringComparison.Ordinal) => IkmElement.Produk,
            _ when key.StartsWith("kompetensi", StringComparison.Ordinal) => IkmElement.Kompetensi,
            _ when key.StartsWith("perilaku", StringComparison.Ordinal) || key.StartsWith("prilaku", StringComparison.Ordinal) || key.StartsWith("kesopanan", StringComparison.Ordinal) => IkmElement.Perilaku,
            _ when key.StartsWith("sarana", StringComparison.Ordinal) || key.StartsWith("kenyamanan", StringComparison.Ordinal) => IkmElement.Sarana,
            _ when key.StartsWith("penanganan", StringComparison.Ordinal) || key.StartsWith("pengaduan", StringComparison.Ordinal) || key.StartsWith("maklumat", StringComparison.Ordinal) => IkmElement.Pengaduan,
            _ => null,
        };
    }

    /// <summary>The number of an element code as survey tables print it across ("U1", "U 9", "U-3").</summary>
    public static int? CodeOf(string? cell) =>
        CodeOnly().Match(Markup.Strip(cell ?? string.Empty).Trim()) is { Success: true } match
            ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture)
            : null;

    /// <summary>
    /// The elements a report names its codes by ("Keterangan: U1 = Persyaratan, U2 = Sistem, Mekanisme dan
    /// Prosedur, ...", or an element table whose rows start "U1 | Persyaratan"): code number to element and name.
    /// </summary>
    public static IReadOnlyDictionary<int, (IkmElement Element, string Name)> Legend(IEnumerable<string> texts)
    {
        var legend = new Dictionary<int, (IkmElement, string)>();
        foreach (var text in texts)
        {
            foreach (Match match in LegendEntry().Matches(Markup.Strip(text)))
            {
                var number = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
                var name = match.Groups["name"].Value.Trim(' ', ',', ';', '.');
                if (Of(name) is { } element && !legend.ContainsKey(number))
                {
                    legend[number] = (element, name);
                }
            }
        }

        return legend;
    }

    [GeneratedRegex(@"^(kesesuaian|kemudahan|kualitas|kejelasan|kewajaran|ketersediaan|kelengkapan|kepastian|keterjangkauan)\s+")]
    private static partial Regex Qualifier();

    // "U1", "U 1", "U-1", "U1." at the start of a cell or name.
    [GeneratedRegex(@"^\s*U\s?-?\s?[1-9]\b[.:)=]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Code();

    [GeneratedRegex(@"^U\s?-?\s?(?<n>[1-9])\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex CodeOnly();

    // A code, an optional "=", ":" or ".", then the name up to the next code, a full stop, a figure or the end.
    [GeneratedRegex(@"\bU\s?-?\s?(?<n>[1-9])\b\s*[=:.)\-–]?\s*(?!U\s?-?\s?[1-9]\b)(?<name>[A-Za-z][A-Za-z/&,\s]*?)(?=\s*(?:[,;]?\s*\bU\s?-?\s?[1-9]\b|[;.]|\d|$))")]
    private static partial Regex LegendEntry();
}
