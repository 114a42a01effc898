using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Prose;

internal sealed partial class IndicatorLexicon
{
    private const int MinShortenedWords = 2;

    /// <summary>
    /// "Perkembangan Persentase Waktu Tanggap Tahun 2019-2023" for "Persentase tingkat waktu tanggap (response time rate) di
    /// WMK": a caption that, without the words every such caption has, its years and the names of the unit and the pemda
    /// ("Kecamatan Bajeng"), says only words of the indicator's name (by root, two at least) names it by a shortened form.
    /// </summary>
    public static bool ShortensName(string caption, string indicator, IEnumerable<string> places)
    {
        var placeRoots = places.SelectMany(Roots).ToList();
        var said = Roots(CaptionWords().Replace(Key(caption), " ")).Where(w => !w.Any(char.IsDigit) && !placeRoots.Contains(w)).ToList();
        var name = Roots(indicator);
        return said.Count >= MinShortenedWords && said.TrueForAll(w => name.Exists(n => SameRoot(n, w)));
    }

    [GeneratedRegex(@"\b(tabel|gambar|grafik|perkembangan|perbandingan|capaian|pencapaian|realisasi|target|data|kinerja|indikator|tren|trend|analisis|periode|tahun|sd|s d)\b")]
    private static partial Regex CaptionWords();
}
