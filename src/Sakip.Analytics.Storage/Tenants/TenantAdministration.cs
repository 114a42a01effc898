using Dapper;
using Sakip.Analytics.Application.Audit;
using Sakip.Analytics.Application.Tenants;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.DuckDb;
using Sakip.Analytics.Storage.Audit;

namespace Sakip.Analytics.Storage.Tenants;

/// <summary>Writes tenants and units as the batch loader does (same tables), one transaction per call under the warehouse's write lock.</summary>
public sealed class TenantAdministration(Warehouse warehouse) : ITenantAdministration
{
    private const string TenantsSql = """
        SELECT t.tenant AS Tenant, t.name AS Name, t.kind AS Kind, t.province AS Province,
               (SELECT count(*) FROM units u WHERE u.tenant = t.tenant)::BIGINT AS Units,
               (SELECT coalesce(sum(b.row_count), 0) FROM current_coverage c
                JOIN batch_coverage b USING (batch_id, tenant, unit, year, dataset)
                WHERE c.tenant = t.tenant)::BIGINT AS Facts
        FROM tenants t
        """;

    public void CreateTenant(NewTenant tenant, IReadOnlyList<NewUnit> units, string actor)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(units);
        CheckTenant(tenant);
        if (units.FirstOrDefault(u => u.Tenant != tenant.Tenant) is { } stray)
        {
            throw new TenantAdministrationException($"Unit '{stray.Unit}' bukan milik pemda '{tenant.Tenant}'.");
        }

        InTransaction((connection, transaction) =>
        {
            if (TenantExists(connection, transaction, tenant.Tenant))
            {
                throw new TenantAdministrationException($"Pemda '{tenant.Tenant}' sudah ada.");
            }

            connection.Execute(
                """
                INSERT INTO tenants (tenant, name, kind, province, lower_is_better_method)
                VALUES ($tenant, $name, $kind, $province, $method)
                """,
                new
                {
                    tenant = tenant.Tenant,
                    name = tenant.Name.Trim(),
                    kind = tenant.Kind.ToSlug(),
                    province = string.IsNullOrWhiteSpace(tenant.Province) ? null : tenant.Province.Trim(),
                    method = tenant.LowerIsBetterMethod.ToSlug(),
                },
                transaction);
            AuditLog.Append(connection, transaction, new AuditEntry(
                tenant.Tenant, actor, AuditActions.TenantCreated, Detail: $"{tenant.Name.Trim()} ({tenant.Kind.ToSlug()})"));
            foreach (var unit in units)
            {
                InsertUnit(connection, transaction, unit, actor);
            }
        });
    }

    public void CreateUnit(NewUnit unit, string actor)
    {
        ArgumentNullException.ThrowIfNull(unit);
        InTransaction((connection, transaction) =>
        {
            if (!TenantExists(connection, transaction, unit.Tenant))
            {
                throw new TenantAdministrationException($"Pemda '{unit.Tenant}' tidak ada.");
            }

            InsertUnit(connection, transaction, unit, actor);
        });
    }

    public IReadOnlyList<TenantSummary> Tenants()
    {
        using var connection = warehouse.Open();
        return connection.Query<TenantSummary>($"{TenantsSql} ORDER BY t.name").ToList();
    }

    public TenantSummary? Tenant(string tenant)
    {
        using var connection = warehouse.Open();
        return connection.QuerySingleOrDefault<TenantSummary>($"{TenantsSql} WHERE t.tenant = $tenant", new { tenant });
    }

    public IReadOnlyList<UnitDefinition> Units(string tenant)
    {
        using var connection = warehouse.Open();
        var aliases = connection.Query<(string Unit, string Alias)>(
                "SELECT unit, alias FROM unit_aliases WHERE tenant = $tenant ORDER BY unit, alias", new { tenant })
            .ToLookup(a => a.Unit, a => a.Alias, StringComparer.Ordinal);
        return connection.Query<(string Unit, string Name, string Kind)>(
                "SELECT unit, name, kind FROM units WHERE tenant = $tenant ORDER BY name", new { tenant })
            .Select(u => new UnitDefinition(u.Unit, u.Name, u.Kind, [.. aliases[u.Unit]]))
            .ToList();
    }

    private static void InsertUnit(DuckDbConnection connection, DuckDbTransaction transaction, NewUnit unit, string actor)
    {
        CheckUnit(unit);
        var exists = connection.ExecuteScalar<long>(
            "SELECT count(*) FROM units WHERE tenant = $tenant AND unit = $unit",
            new { tenant = unit.Tenant, unit = unit.Unit }, transaction) > 0;
        if (exists)
        {
            throw new TenantAdministrationException($"Unit '{unit.Unit}' sudah ada di pemda '{unit.Tenant}'.");
        }

        var name = unit.Name.Trim();
        connection.Execute(
            "INSERT INTO units (tenant, unit, name, kind) VALUES ($tenant, $unit, $name, $kind)",
            new { tenant = unit.Tenant, unit = unit.Unit, name, kind = unit.Kind.ToSlug() },
            transaction);
        var aliases = unit.Aliases
            .Select(a => a.Trim())
            .Where(a => a.Length > 0 && a != name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        connection.Execute(
            "INSERT INTO unit_aliases (tenant, unit, alias) VALUES ($tenant, $unit, $alias)",
            aliases.Select(alias => new { tenant = unit.Tenant, unit = unit.Unit, alias }),
            transaction);
        AuditLog.Append(connection, transaction, new AuditEntry(
            unit.Tenant, actor, AuditActions.UnitCreated, Detail: $"{unit.Unit}: {name} ({unit.Kind.ToSlug()})"));
    }

    private static void CheckTenant(NewTenant tenant)
    {
        if (!TenantNames.IsSlug(tenant.Tenant))
        {
            throw new TenantAdministrationException($"'{tenant.Tenant}' bukan slug yang sah: huruf kecil a-z, angka 0-9 dan tanda hubung, mis. kota-dumai.");
        }

        if (TenantNames.Reserved.Contains(tenant.Tenant))
        {
            throw new TenantAdministrationException($"'{tenant.Tenant}' dipakai oleh aplikasi sendiri; pilih slug lain.");
        }

        if (string.IsNullOrWhiteSpace(tenant.Name))
        {
            throw new TenantAdministrationException("Nama pemda wajib diisi.");
        }
    }

    private static void CheckUnit(NewUnit unit)
    {
        if (!TenantNames.IsSlug(unit.Unit))
        {
            throw new TenantAdministrationException($"'{unit.Unit}' bukan slug unit yang sah: huruf kecil a-z, angka 0-9 dan tanda hubung, mis. kecamatan-sei-balai.");
        }

        if (string.IsNullOrWhiteSpace(unit.Name))
        {
            throw new TenantAdministrationException("Nama unit wajib diisi.");
        }
    }

    private static bool TenantExists(DuckDbConnection connection, DuckDbTransaction transaction, string tenant) =>
        connection.ExecuteScalar<long>("SELECT count(*) FROM tenants WHERE tenant = $tenant", new { tenant }, transaction) > 0;

    private void InTransaction(Action<DuckDbConnection, DuckDbTransaction> work)
    {
        warehouse.WriteLock.Wait();
        try
        {
            using var connection = warehouse.Open();
            using var transaction = connection.BeginTransaction();
            work(connection, transaction);
            transaction.Commit();
        }
        finally
        {
            warehouse.WriteLock.Release();
        }
    }
}
