using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Prose;

internal sealed partial class IndicatorLexicon
{
    private const int MinShortenedWords = 2;

    /// <summary>
    /// "Perkembangan Persentase Waktu Tanggap Tahun 2019-2023" for "Persentase tingkat waktu tanggap (response time rate) di
    /// WMK": a caption that, without the words every such caption has, its years and the names of the unit and the pemda
    /// as printed whole ("Kecamatan Bajeng"), says only words of the indicator's name (by root, two at least) names it by a shortened form.
    /// </summary>
    public static bool ShortensName(string caption, string indicator, IEnumerable<string> places)
    {
        // The places as the caption prints them, whole: a fire brigade's "Penyelamatan Non Kebakaran" says words of its name.
        var withoutPlaces = places.Select(Key).Where(p => p.Length > 0).OrderByDescending(p => p.Length)
            .Aggregate($" {CaptionWords().Replace(Key(caption), " ")} ", (text, place) => text.Replace($" {place} ", " ", StringComparison.Ordinal));
        var said = Roots(withoutPlaces).Where(w => !w.Any(char.IsDigit)).ToList();

        // "Data Kebakaran dan Penyelamatan" speaks of the unit in its own words, not of an indicator.
        var placeWords = places.SelectMany(p => Key(p).Split(' ')).ToHashSet();
        if (withoutPlaces.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => placeWords.Contains(w) || w.Any(char.IsDigit)))
        {
            return false;
        }
        var name = Roots(indicator);
        return said.Count >= MinShortenedWords && said.TrueForAll(w => name.Exists(n => SameRoot(n, w)));
    }

    [GeneratedRegex(@"\b(tabel|gambar|grafik|perkembangan|perbandingan|capaian|pencapaian|realisasi|target|data|kinerja|indikator|tren|trend|analisis|periode|tahun|sd|s d)\b")]
    private static partial Regex CaptionWords();

    /// <summary>
    /// "Rata-rata luas area terbakar" in an efficiency table of capaian only, for "Rata-rata luas area terbakar per kejadian
    /// kebakaran bangunan" of the IKU table: a name that only a table of capaian gives, and that begins the name of an indicator
    /// with its own targets or realizations (one only), is that indicator's shortened name (key: the short name's, value: the
    /// indicator).
    /// </summary>
    private static Dictionary<string, ExtractedIndicatorValue> MeasuresOfShortenedNames(List<ExtractedIndicatorValue> measured)
    {
        var byName = measured.GroupBy(v => Key(v.Indicator)).ToList();
        var withFigures = byName.Where(g => g.Any(v => v.Kind is not (IndicatorValueKind.ReportedCapaian or IndicatorValueKind.ReportedCapaianRenstra))).ToList();
        var measures = new Dictionary<string, ExtractedIndicatorValue>();
        foreach (var shortened in byName.Except(withFigures).Where(g => g.Key.Length > 0))
        {
            if (withFigures.Where(g => g.Key.StartsWith(shortened.Key + " ", StringComparison.Ordinal)).ToList() is [var full])
            {
                measures[shortened.Key] = full.First();
            }
        }

        return measures;
    }
}
