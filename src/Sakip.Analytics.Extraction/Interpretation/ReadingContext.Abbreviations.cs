using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Identity;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal sealed partial class ReadingContext
{
    /// <summary>
    /// "Diskominfo Kabupaten X": the reporting unit by its short name, in its own pemda (the unit
    /// itself) or in another one (the same kind of unit there, named in full).
    /// </summary>
    private string? OwnKindAbbreviated(string name)
    {
        var match = ShortNameInPemda().Match(name);
        var own = OwnPemda().Replace(Profile.Unit, string.Empty).Trim();
        if (!match.Success || !UnitNames.IsAbbreviationOf(match.Groups["short"].Value, own))
        {
            return null;
        }

        var pemda = match.Groups["pemda"];
        if (!pemda.Success || Profile.Tenant is null || SamePemda(pemda.Value, Profile.Tenant))
        {
            return Profile.Unit;
        }

        return $"{own} {ProfileDetector.TitleCase(ShortKabupaten().Replace(pemda.Value.Trim(), "Kabupaten "))}";
    }

    // "Kab. X" is "Kabupaten X"; "Kota X" is another pemda than "Kabupaten X".
    private static bool SamePemda(string printed, string tenant) => PemdaKey(printed) == PemdaKey(tenant);

    private static string PemdaKey(string pemda) => NameKey.Of(ShortKabupaten().Replace(pemda.Trim(), "Kabupaten "));

    [GeneratedRegex(@"^(?<short>\S+)(?:\s+(?<pemda>(?:kabupaten|kab\.?|kota)\s+.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortNameInPemda();

    [GeneratedRegex(@"\s+(?:kabupaten|kab\.|kota)\s+.*$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnPemda();

    [GeneratedRegex(@"^kab\.?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ShortKabupaten();
}
