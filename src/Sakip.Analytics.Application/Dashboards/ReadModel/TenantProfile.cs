using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;

namespace Sakip.Analytics.Application.Dashboards.ReadModel;

/// <summary>A pemda with the settings the rules need: its lower-is-better method and capaian scale.</summary>
public sealed record TenantProfile(
    string Tenant,
    string Name,
    string Kind,
    string? Province,
    LowerIsBetterMethod LowerIsBetterMethod,
    IReadOnlyList<CapaianBand> ScaleBands,
    IReadOnlyList<int> Years,
    IReadOnlyList<int> ReportedYears)
{
    /// <summary>True when the tenant printed its own capaian scale; otherwise Permendagri 86/2017 applies.</summary>
    public bool HasOwnScale => ScaleBands.Count > 0;

    /// <summary>The first year with a reported realization (defaults start there), else the first year with any fact.</summary>
    public int? FirstYear => ReportedYears.Count > 0 ? ReportedYears[0] : Years.Count > 0 ? Years[0] : null;

    /// <summary>The latest year with a reported realization: later years may hold only Renstra targets.</summary>
    public int? LastYear => ReportedYears.Count > 0 ? ReportedYears[^1] : Years.Count > 0 ? Years[^1] : null;
}
