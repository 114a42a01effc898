using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Which regulation an AKIP evaluation was scored under: the basis the row prints ("PermenPANRB 12/2015"),
/// else the fifth component (Capaian Kinerja exists only under 12/2015), else the year, since
/// PermenPANRB 88/2021 applies to the evaluations from 2022 on.
/// </summary>
internal static partial class AkipRegulations
{
    private const int FirstYearOf88Of2021 = 2022;

    public static AkipRegulation Of(string printed, bool hasCapaianComponent, int year)
    {
        var key = NameKey.Of(printed);
        if (Printed12Of2015().IsMatch(key))
        {
            return AkipRegulation.PermenPanRb12Of2015;
        }

        if (Printed88Of2021().IsMatch(key))
        {
            return AkipRegulation.PermenPanRb88Of2021;
        }

        return hasCapaianComponent || year < FirstYearOf88Of2021 ? AkipRegulation.PermenPanRb12Of2015 : AkipRegulation.PermenPanRb88Of2021;
    }

    // In the name key "12/2015" and "Nomor 12 Tahun 2015" read "12 2015" and "12 tahun 2015".
    [GeneratedRegex(@"\b12 (tahun )?2015\b")]
    private static partial Regex Printed12Of2015();

    [GeneratedRegex(@"\b88 (tahun )?2021\b")]
    private static partial Regex Printed88Of2021();
}
