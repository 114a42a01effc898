using Dapper;
using Sakip.Analytics.Application.Dashboards.ReadModel;
using Sakip.Analytics.Application.Tenancy;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Storage.Scoping;

namespace Sakip.Analytics.Storage.Dashboards;

/// <summary>
/// The dashboards' reads. Facts are read only through <see cref="ScopedDatabase"/> (the scoped_*
/// macros with the scope's tenant and visibility); every query is an embedded, parameterized .sql file.
/// </summary>
public sealed partial class DashboardReadModel(Warehouse warehouse, ScopedDatabase database) : IDashboardReadModel
{
    public string DataVersion()
    {
        // Batches and publications only: which facts are visible, not the facts themselves.
        using var connection = warehouse.Open();
        return connection.ExecuteScalar<string>(
            """
            SELECT concat_ws('-',
                (SELECT coalesce(max(batch_id), 0) FROM batches),
                (SELECT count(*) FROM publications),
                (SELECT coalesce(sum(batch_id), 0) FROM publications),
                (SELECT coalesce(epoch_ms(max(published_at)), 0) FROM publications))
            """) ?? "";
    }

    public IReadOnlyList<TenantProfile> Tenants()
    {
        using var connection = warehouse.Open();
        var slugs = connection.Query<string>("SELECT tenant FROM tenants ORDER BY name").ToList();
        return slugs
            .Select(slug => Tenant(TenantScope.Published(slug)))
            .OfType<TenantProfile>()
            .Where(t => t.Years.Count > 0)
            .ToList();
    }

    public TenantProfile? Tenant(TenantScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (database.QuerySingleOrDefault<TenantRow>(scope, DashboardSql.Get("tenant")) is not { } row)
        {
            return null;
        }

        var bands = database.Query<ScaleRow>(scope, DashboardSql.Get("tenant_scale"))
            .Select(b => new CapaianBand(b.Label, b.MinValue, b.MaxValue))
            .ToList();
        var years = database.Query<TenantYearRow>(scope, DashboardSql.Get("tenant_years"));
        return new TenantProfile(
            row.Tenant,
            row.Name,
            row.Kind,
            row.Province,
            Slugs.TryParseSlug<LowerIsBetterMethod>(row.LowerIsBetterMethod, out var method) ? method : LowerIsBetterMethod.TargetOverRealization,
            bands,
            [.. years.Select(y => y.Year)],
            [.. years.Where(y => y.Reported).Select(y => y.Year)]);
    }

    public IReadOnlyList<UnitEntry> Units(TenantScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var years = database.Query<UnitYearRow>(scope, DashboardSql.Get("unit_years"))
            .ToLookup(r => r.Unit, r => r.Year, StringComparer.Ordinal);
        return database.Query<UnitRow>(scope, DashboardSql.Get("units"))
            .Select(r => new UnitEntry(r.Unit, r.Name, r.Kind, r.Facts, [.. years[r.Unit]]))
            .ToList();
    }

    private static Provenance Source(string document, string? table, int? line) => new(document, table, line);

    private sealed class TenantRow
    {
        public string Tenant { get; init; } = "";
        public string Name { get; init; } = "";
        public string Kind { get; init; } = "";
        public string? Province { get; init; }
        public string? LowerIsBetterMethod { get; init; }
    }

    private sealed class ScaleRow
    {
        public string Label { get; init; } = "";
        public decimal? MinValue { get; init; }
        public decimal? MaxValue { get; init; }
    }

    private sealed class TenantYearRow
    {
        public int Year { get; init; }
        public bool Reported { get; init; }
    }

    private sealed class UnitRow
    {
        public string Unit { get; init; } = "";
        public string Name { get; init; } = "";
        public string Kind { get; init; } = "";
        public long Facts { get; init; }
    }

    private sealed class UnitYearRow
    {
        public string Unit { get; init; } = "";
        public int Year { get; init; }
    }
}
