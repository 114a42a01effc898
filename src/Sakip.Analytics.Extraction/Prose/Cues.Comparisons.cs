using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Prose;

internal static partial class Cues
{
    /// <summary>"..., lebih tinggi dari capaian tahun 2022 (", "meningkat dibandingkan capaian tahun 2022 sebesar": a capaian set beside the figure before it.</summary>
    public static bool ComparesWithEarlierCapaian(string window) => ComparedCapaian().IsMatch(window);

    [GeneratedRegex(@"\b(dari(pada)?|dibanding(kan)?(\s+dengan)?|daripada|terhadap)\s+(capaian|pencapaian)\b(?![^,;]*\b(kinerja\s+)?(target|realisasi)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedCapaian();
}
