using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>Whether a caption, header or row label speaks of the AKIP evaluation or of the IKM survey.</summary>
internal static class SubjectWords
{
    public static bool NamesAkip(string? text)
    {
        var key = NameKey.Of(text);
        return Has(key, "akip") || Has(key, "sakip") || key.Contains("akuntabilitas kinerja", StringComparison.Ordinal);
    }

    public static bool NamesIkm(string? text)
    {
        var key = NameKey.Of(text);
        return Has(key, "ikm") || Has(key, "skm") || key.Contains("kepuasan masyarakat", StringComparison.Ordinal);
    }

    /// <summary>"Mutu Pelayanan": the IKM grade, not an AKIP predikat.</summary>
    public static bool NamesMutu(string? text) => NameKey.Of(text).StartsWith("mutu", StringComparison.Ordinal);

    private static bool Has(string key, string word) =>
        key == word || key.StartsWith(word + " ", StringComparison.Ordinal) || key.EndsWith(" " + word, StringComparison.Ordinal)
        || key.Contains(" " + word + " ", StringComparison.Ordinal);
}
