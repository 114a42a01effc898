using Sakip.Analytics.Application.Tenancy;

namespace Sakip.Analytics.Application.DataNotes;

/// <summary>
/// The data notes a scope may see: those of the visible batch of each (unit, year, dataset), so a
/// note shows exactly when the figures it is about show.
/// </summary>
public interface IDataNotes
{
    /// <summary>One unit's notes, of one year or of every year; ordered by year, dataset and place in the report.</summary>
    IReadOnlyList<DataNote> ForUnit(TenantScope scope, string unit, int? year = null);

    /// <summary>Every unit's notes, of one year or of every year; ordered by unit, year, dataset and place in the report.</summary>
    IReadOnlyList<DataNote> ForTenant(TenantScope scope, int? year = null);
}
