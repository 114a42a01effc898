using Sakip.Analytics.Application.DataNotes;
using Sakip.Analytics.Application.Tenancy;
using Sakip.Analytics.Storage.DataNotes;

namespace Sakip.Analytics.Storage.Dashboards;

public sealed partial class DashboardReadModel
{
    /// <summary>The same read as <see cref="IDataNotes"/> (scoped_data_notes): a note shows exactly when its figures show.</summary>
    public IReadOnlyList<DataNote> DataNotes(TenantScope scope, string? unit = null, int? year = null)
    {
        var notes = new DataNoteQueries(database);
        return unit is null ? notes.ForTenant(scope, year) : notes.ForUnit(scope, unit, year);
    }
}
