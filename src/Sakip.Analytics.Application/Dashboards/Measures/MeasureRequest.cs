using Sakip.Analytics.Application.Dashboards.Rules;
using Sakip.Analytics.Application.Tenancy;

namespace Sakip.Analytics.Application.Dashboards.Measures;

/// <summary>Which points of a measure to compute: a tenant scope, a year range and optionally some units.</summary>
public sealed record MeasureRequest(
    TenantScope Scope,
    TenantRules Rules,
    MeasureDefinition Measure,
    int FromYear,
    int ToYear,
    IReadOnlyCollection<string>? Units = null,
    string? Indicator = null);
