using Sakip.Analytics.Application.Dashboards.Indicators;
using Sakip.Analytics.Application.Dashboards.ReadModel;

namespace Sakip.Analytics.Application.Dashboards.Parameters;

/// <summary>What parameter values are checked against: the tenant's years, units and indicator names.</summary>
public sealed class BindingContext(TenantProfile tenant, IReadOnlyList<UnitEntry> units, Func<IReadOnlyList<IndicatorName>> indicators)
{
    private IReadOnlyList<IndicatorName>? indicatorNames;

    public TenantProfile Tenant { get; } = tenant;

    public IReadOnlyList<UnitEntry> Units { get; } = units;

    /// <summary>Indicator names are read only when an indicator parameter needs them.</summary>
    public IReadOnlyList<IndicatorName> Indicators => indicatorNames ??= indicators();

    /// <summary>The unit whose report was loaded: the one with the most facts.</summary>
    public UnitEntry? ReportingUnit => Units.OrderByDescending(u => u.Facts).ThenBy(u => u.Name, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>The first unit parameter bound so far; "same-kind" and "first-iku" are relative to it.</summary>
    public UnitEntry? FocalUnit { get; set; }
}

/// <summary>An indicator name as printed by one unit, and whether it is an IKU.</summary>
public sealed record IndicatorName(string Unit, string Name, bool IsIku)
{
    public string Normalized { get; } = IkuPatterns.Normalize(Name);
}
