using Sakip.Analytics.Application.Dashboards.Measures;
using Sakip.Analytics.Application.Dashboards.Parameters;
using Sakip.Analytics.Application.Dashboards.ReadModel;
using Sakip.Analytics.Application.Dashboards.Rules;
using Sakip.Analytics.Application.Tenancy;

namespace Sakip.Analytics.Application.Dashboards.Panels;

/// <summary>Everything a panel query runs with: the scope, the tenant and its rules, and its bound parameters.</summary>
public sealed class PanelContext(
    TenantScope scope,
    TenantProfile tenant,
    IReadOnlyList<UnitEntry> units,
    ParameterValues parameters,
    IDashboardReadModel read,
    MeasureSeries measures)
{
    public TenantScope Scope { get; } = scope;

    public TenantProfile Tenant { get; } = tenant;

    public TenantRules Rules { get; } = new(tenant);

    public IReadOnlyList<UnitEntry> Units { get; } = units;

    public ParameterValues Parameters { get; } = parameters;

    public IDashboardReadModel Read { get; } = read;

    public MeasureSeries Measures { get; } = measures;

    public UnitEntry? Unit(string slug) => Units.FirstOrDefault(u => u.Unit == slug);

    public string UnitName(string slug) => Unit(slug)?.Name ?? slug;
}
