using System.Globalization;

namespace Sakip.Analytics.Extraction.Audit;

/// <summary>Numbers as the findings print them: Indonesian format, "1.234.567" and "94,71".</summary>
internal static class IdNumber
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static string Format(decimal value, int decimals) =>
        value.ToString("N" + Math.Clamp(decimals, 0, 6), Indonesian);

    /// <summary>A printed figure with the decimals it was printed with.</summary>
    public static string Printed(decimal value) => Format(value, value.Scale);

    public static string Percent(decimal value) => Format(value, 2) + "%";
}
