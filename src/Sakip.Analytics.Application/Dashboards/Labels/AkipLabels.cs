using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;

namespace Sakip.Analytics.Application.Dashboards.Labels;

/// <summary>Names of AKIP regulations and components as the interface shows them.</summary>
public static class AkipLabels
{
    public static string Regulation(string slug) => slug switch
    {
        "permenpanrb-88-2021" => "PermenPANRB 88/2021",
        "permenpanrb-12-2015" => "PermenPANRB 12/2015",
        _ => slug,
    };

    public static AkipRegulation? ParseRegulation(string slug) =>
        Slugs.TryParseSlug<AkipRegulation>(slug, out var regulation) ? regulation : null;

    public static string Component(AkipComponent component) => AkipComponentNames.Of(component);

    /// <summary>Why two AKIP figures of different regulations are not directly comparable.</summary>
    public const string NotComparableNote =
        "Nilai AKIP sebelum 2022 dinilai dengan PermenPANRB 12/2015 (5 komponen, bobot 30/25/15/10/20), " +
        "sesudahnya dengan PermenPANRB 88/2021 (4 komponen, bobot 30/30/15/25): keduanya tidak dapat dibandingkan langsung.";
}
