using Sakip.Analytics.Application.DataNotes;
using Sakip.Analytics.Application.Tenancy;

namespace Sakip.Analytics.Application.Dashboards.ReadModel;

/// <summary>
/// The facts the dashboards read, always within one <see cref="TenantScope"/>: the published facts
/// for the public pages, the drafts too for a scope that grants them. Filters are optional: null
/// means every unit or every year of the scope.
/// </summary>
public interface IDashboardReadModel
{
    /// <summary>Changes whenever a batch is loaded or a (year, dataset) is published or unpublished; caches vary by it.</summary>
    string DataVersion();

    /// <summary>The tenants that have published data, for the public pages.</summary>
    IReadOnlyList<TenantProfile> Tenants();

    TenantProfile? Tenant(TenantScope scope);

    IReadOnlyList<UnitEntry> Units(TenantScope scope);

    IReadOnlyList<AkipEntry> Akip(TenantScope scope, string? unit = null, int? year = null);

    IReadOnlyList<AkipRankEntry> AkipRanking(TenantScope scope, int year);

    IReadOnlyList<IkmEntry> Ikm(TenantScope scope, string? unit = null, int? year = null);

    IReadOnlyList<IndicatorValueEntry> IndicatorValues(TenantScope scope, string? unit = null, int? fromYear = null, int? toYear = null);

    IReadOnlyList<BudgetLineEntry> BudgetLines(TenantScope scope, string stage, string? unit = null, int? year = null);

    IReadOnlyList<BudgetBasisEntry> BudgetAbsorption(TenantScope scope, string? unit = null, int? year = null);

    /// <summary>The data notes the scope sees (those of the visible batch of each unit, year and dataset).</summary>
    IReadOnlyList<DataNote> DataNotes(TenantScope scope, string? unit = null, int? year = null);
}
