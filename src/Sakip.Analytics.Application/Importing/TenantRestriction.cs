using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Application.Importing;

/// <summary>Every row of a batch must belong to the one tenant the import is allowed to write.</summary>
public static class TenantRestriction
{
    public static IReadOnlyList<ImportError> Violations(TemplateBatch batch, string tenant)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var rows = batch.Tenants.Select(t => (t.Slug, t.Origin))
            .Concat(batch.Units.Select(u => (Slug: u.Tenant, u.Origin)))
            .Concat(batch.CapaianScales.Select(b => (Slug: b.Tenant, b.Origin)))
            .Concat(batch.Indicators.Select(f => (Slug: f.Tenant, f.Origin)))
            .Concat(batch.Budget.Select(f => (Slug: f.Tenant, f.Origin)))
            .Concat(batch.Akip.Select(f => (Slug: f.Tenant, f.Origin)))
            .Concat(batch.Ikm.Select(f => (Slug: f.Tenant, f.Origin)));
        return rows
            .Where(r => r.Slug != tenant)
            .Select(r => new ImportError(r.Origin.File, r.Origin.Row, "tenant",
                $"tenant '{r.Slug}' di luar wewenang: unggahan ini hanya boleh berisi data '{tenant}'"))
            .ToList();
    }
}
