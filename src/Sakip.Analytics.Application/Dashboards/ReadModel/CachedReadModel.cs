using System.Collections.Concurrent;
using Sakip.Analytics.Application.DataNotes;
using Sakip.Analytics.Application.Tenancy;

namespace Sakip.Analytics.Application.Dashboards.ReadModel;

/// <summary>A read model whose answers are memoized by method and arguments for one data version.</summary>
internal sealed class CachedReadModel(IDashboardReadModel inner, ConcurrentDictionary<string, object> entries, string version) : IDashboardReadModel
{
    public string DataVersion() => version;

    public IReadOnlyList<TenantProfile> Tenants() => Get("tenants", inner.Tenants);

    public TenantProfile? Tenant(TenantScope scope) =>
        Get($"tenant|{Key(scope)}", () => new Holder<TenantProfile?>(inner.Tenant(scope))).Value;

    public IReadOnlyList<UnitEntry> Units(TenantScope scope) => Get($"units|{Key(scope)}", () => inner.Units(scope));

    public IReadOnlyList<AkipEntry> Akip(TenantScope scope, string? unit = null, int? year = null) =>
        Get($"akip|{Key(scope)}|{unit}|{year}", () => inner.Akip(scope, unit, year));

    public IReadOnlyList<AkipRankEntry> AkipRanking(TenantScope scope, int year) =>
        Get($"ranking|{Key(scope)}|{year}", () => inner.AkipRanking(scope, year));

    public IReadOnlyList<IkmEntry> Ikm(TenantScope scope, string? unit = null, int? year = null) =>
        Get($"ikm|{Key(scope)}|{unit}|{year}", () => inner.Ikm(scope, unit, year));

    public IReadOnlyList<IndicatorValueEntry> IndicatorValues(TenantScope scope, string? unit = null, int? fromYear = null, int? toYear = null) =>
        Get($"indicators|{Key(scope)}|{unit}|{fromYear}|{toYear}", () => inner.IndicatorValues(scope, unit, fromYear, toYear));

    public IReadOnlyList<BudgetLineEntry> BudgetLines(TenantScope scope, string stage, string? unit = null, int? year = null) =>
        Get($"budget|{Key(scope)}|{stage}|{unit}|{year}", () => inner.BudgetLines(scope, stage, unit, year));

    public IReadOnlyList<BudgetBasisEntry> BudgetAbsorption(TenantScope scope, string? unit = null, int? year = null) =>
        Get($"absorption|{Key(scope)}|{unit}|{year}", () => inner.BudgetAbsorption(scope, unit, year));

    public IReadOnlyList<DataNote> DataNotes(TenantScope scope, string? unit = null, int? year = null) =>
        Get($"notes|{Key(scope)}|{unit}|{year}", () => inner.DataNotes(scope, unit, year));

    private static string Key(TenantScope scope) => scope.IncludesDrafts ? scope.Tenant + "+drafts" : scope.Tenant;

    private T Get<T>(string key, Func<T> read) where T : class =>
        (T)entries.GetOrAdd(key, _ => read());

    /// <summary>Lets a null answer (an unknown tenant) be cached too.</summary>
    private sealed record Holder<T>(T Value);
}
