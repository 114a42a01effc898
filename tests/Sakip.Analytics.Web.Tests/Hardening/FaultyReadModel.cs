using Sakip.Analytics.Application.Dashboards.ReadModel;
using Sakip.Analytics.Application.DataNotes;
using Sakip.Analytics.Application.Tenancy;

namespace Sakip.Analytics.Web.Tests.Hardening;

/// <summary>The real read model, except that reading tenant <see cref="FailingTenant"/> throws: an unexpected fault inside a request.</summary>
public sealed class FaultyReadModel(IDashboardReadModel inner) : IDashboardReadModel
{
    public const string FailingTenant = "pemda-rusak";
    public const string Secret = "RAHASIA-INTERNAL-42";

    public string DataVersion() => inner.DataVersion();

    public IReadOnlyList<TenantProfile> Tenants() => inner.Tenants();

    public TenantProfile? Tenant(TenantScope scope) =>
        scope?.Tenant == FailingTenant ? throw new InvalidOperationException($"{Secret}: connection string Data Source=/srv/sakip.duckdb") : inner.Tenant(scope!);

    public IReadOnlyList<UnitEntry> Units(TenantScope scope) => inner.Units(scope);

    public IReadOnlyList<AkipEntry> Akip(TenantScope scope, string? unit = null, int? year = null) => inner.Akip(scope, unit, year);

    public IReadOnlyList<AkipRankEntry> AkipRanking(TenantScope scope, int year) => inner.AkipRanking(scope, year);

    public IReadOnlyList<IkmEntry> Ikm(TenantScope scope, string? unit = null, int? year = null) => inner.Ikm(scope, unit, year);

    public IReadOnlyList<IndicatorValueEntry> IndicatorValues(TenantScope scope, string? unit = null, int? fromYear = null, int? toYear = null) =>
        inner.IndicatorValues(scope, unit, fromYear, toYear);

    public IReadOnlyList<BudgetLineEntry> BudgetLines(TenantScope scope, string stage, string? unit = null, int? year = null) =>
        inner.BudgetLines(scope, stage, unit, year);

    public IReadOnlyList<BudgetBasisEntry> BudgetAbsorption(TenantScope scope, string? unit = null, int? year = null) =>
        inner.BudgetAbsorption(scope, unit, year);

    public IReadOnlyList<DataNote> DataNotes(TenantScope scope, string? unit = null, int? year = null) => inner.DataNotes(scope, unit, year);
}
