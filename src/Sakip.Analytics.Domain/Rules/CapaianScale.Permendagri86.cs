namespace Sakip.Analytics.Domain.Rules;

public sealed partial class CapaianScale
{
    /// <summary>
    /// Permendagri 86/2017, the default: &gt;=91 Sangat Tinggi, 76-90 Tinggi, 66-75 Sedang,
    /// 51-65 Rendah, &lt;=50 Sangat Rendah (so 90,5 is Tinggi and 100+ is Sangat Tinggi).
    /// </summary>
    public static CapaianScale Permendagri86Of2017 { get; } = FromBands(
    [
        ("Sangat Tinggi", 91m, 100m),
        ("Tinggi", 76m, 90m),
        ("Sedang", 66m, 75m),
        ("Rendah", 51m, 65m),
        ("Sangat Rendah", null, 50m),
    ]);
}
