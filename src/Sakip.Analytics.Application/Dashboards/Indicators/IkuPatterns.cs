namespace Sakip.Analytics.Application.Dashboards.Indicators;

/// <summary>
/// Recognises the IKU that carry the IKM and the Nilai AKIP, whose names vary between units
/// ("Indeks Kepuasan Masyarakat (IKM)", "Indeks Kepuasan Masyarakat", "Hasil Survei Kepuasan
/// Masyarakat (SKM) ..."; "Nilai AKIP"). Only sasaran/tujuan indicators count: a program-level
/// "Nilai AKIP" is an output indicator of the report, not the unit's score.
/// </summary>
public static class IkuPatterns
{
    public static bool IsIkm(IndicatorYear indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.IsIku && indicator.Name.Contains("kepuasan masyarakat", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsAkip(IndicatorYear indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.IsIku && indicator.Name.Contains("akip", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Names compare case-insensitively with runs of whitespace collapsed.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
    }
}
