using Dapper;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.DuckDb;

namespace Sakip.Analytics.Storage.Batches;

public sealed partial class BatchStore
{
    private static void UpsertTenants(DuckDbConnection connection, DuckDbTransaction transaction, IReadOnlyList<TenantRecord> tenants) =>
        connection.Execute(
            """
            INSERT INTO tenants (tenant, name, kind, province, lower_is_better_method)
            VALUES ($tenant, $name, $kind, $province, $method)
            ON CONFLICT (tenant) DO UPDATE SET
                name = excluded.name, kind = excluded.kind, province = excluded.province,
                lower_is_better_method = excluded.lower_is_better_method
            """,
            tenants.Select(t => new
            {
                tenant = t.Slug,
                name = t.Name,
                kind = t.Kind.ToSlug(),
                province = t.Province,
                method = t.LowerIsBetterMethod.ToSlug(),
            }),
            transaction);

    private static void UpsertUnits(DuckDbConnection connection, DuckDbTransaction transaction, IReadOnlyList<UnitRecord> units)
    {
        connection.Execute(
            """
            INSERT INTO units (tenant, unit, name, kind) VALUES ($tenant, $unit, $name, $kind)
            ON CONFLICT (tenant, unit) DO UPDATE SET name = excluded.name, kind = excluded.kind
            """,
            units.Select(u => new { tenant = u.Tenant, unit = u.Slug, name = u.Name, kind = u.Kind.ToSlug() }),
            transaction);
        connection.Execute(
            "INSERT INTO unit_aliases (tenant, unit, alias) VALUES ($tenant, $unit, $alias) ON CONFLICT DO NOTHING",
            units.SelectMany(u => u.Aliases.Select(alias => new { tenant = u.Tenant, unit = u.Slug, alias })),
            transaction);
    }

    private static void ReplaceCapaianScales(DuckDbConnection connection, DuckDbTransaction transaction, IReadOnlyList<CapaianScaleBand> bands)
    {
        foreach (var tenantBands in bands.GroupBy(b => b.Tenant))
        {
            connection.Execute("DELETE FROM capaian_scales WHERE tenant = $tenant", new { tenant = tenantBands.Key }, transaction);
            connection.Execute(
                "INSERT INTO capaian_scales VALUES ($tenant, $ordinal, $label, $min, $max)",
                tenantBands.Select((b, i) => new { tenant = b.Tenant, ordinal = i + 1, label = b.Label, min = b.Min, max = b.Max }),
                transaction);
        }
    }

    /// <summary>Creates missing indicator definitions, refreshes the attributes of known ones, returns ids by key.</summary>
    private static Dictionary<IndicatorKey, long> EnsureIndicators(
        DuckDbConnection connection, DuckDbTransaction transaction, IReadOnlyList<IndicatorValueFact> values)
    {
        var ids = new Dictionary<IndicatorKey, long>();
        var definitions = values
            .GroupBy(IndicatorKey.Of)
            .Select(g => (Key: g.Key, Fact: g.First()));
        foreach (var (key, fact) in definitions)
        {
            var existing = connection.QuerySingleOrDefault<long?>(
                "SELECT indicator_id FROM indicators WHERE tenant = $tenant AND unit = $unit AND goal = $goal AND name = $name",
                new { tenant = key.Tenant, unit = key.Unit, goal = key.Goal, name = key.Name },
                transaction);
            var attributes = new
            {
                tenant = key.Tenant,
                unit = key.Unit,
                goal = key.Goal,
                name = key.Name,
                level = fact.Level.ToSlug(),
                satuan = fact.Satuan,
                polarity = fact.Polarity.ToSlug(),
            };
            if (existing is long id)
            {
                connection.Execute(
                    "UPDATE indicators SET level = $level, satuan = $satuan, polarity = $polarity WHERE indicator_id = $id",
                    new { id, attributes.level, attributes.satuan, attributes.polarity },
                    transaction);
                ids[key] = id;
                continue;
            }

            ids[key] = connection.ExecuteScalar<long>(
                """
                INSERT INTO indicators (indicator_id, tenant, unit, goal, name, level, satuan, polarity)
                VALUES (nextval('indicator_ids'), $tenant, $unit, $goal, $name, $level, $satuan, $polarity)
                RETURNING indicator_id
                """,
                attributes,
                transaction);
        }

        return ids;
    }

    private readonly record struct IndicatorKey(string Tenant, string Unit, string Goal, string Name)
    {
        public static IndicatorKey Of(IndicatorValueFact fact) =>
            new(fact.Tenant, fact.Unit, fact.Goal ?? string.Empty, fact.Indicator);
    }
}
