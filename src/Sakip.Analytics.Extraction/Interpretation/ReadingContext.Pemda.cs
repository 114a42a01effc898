using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal sealed partial class ReadingContext
{
    /// <summary>
    /// "Kota Banjarmasin" in a dinas's comparison with other pemda: that pemda's unit like the report's; the report's own
    /// pemda, the report's unit. A kecamatan is compared with kecamatan, which no pemda's name stands for.
    /// </summary>
    public string? LikeUnitOfPemda(string? printed)
    {
        if (printed is null || !PemdaName().IsMatch(printed) || Profile.UnitKind is UnitKind.Kecamatan or UnitKind.Other)
        {
            return null;
        }

        return NameKey.Of(printed) == NameKey.Of(Profile.Tenant) ? Profile.Unit : $"{Profile.Unit} {printed}";
    }

    [GeneratedRegex(@"^(kota|kabupaten|kab\.)\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex PemdaName();
}
