namespace Sakip.Analytics.Cli.Bench;

/// <summary>The shapes the dashboard asks most: one year across units, one unit across years, a ranking.</summary>
internal static class ComparisonQueries
{
    public static readonly (string Name, string Sql)[] All =
    [
        ("perbandingan antar-OPD", """
            SELECT unit, avg(r.value / t.value * 100) AS capaian
            FROM indicator_values r JOIN indicator_values t USING (tenant, unit, indicator_id, year)
            WHERE r.kind = 'realization' AND t.kind = 'target' AND r.tenant = 'sintetis-3' AND r.year = 2000
            GROUP BY unit ORDER BY capaian DESC
            """),
        ("tren multi-tahun satu OPD", """
            SELECT year, kind, avg(value) FROM indicator_values
            WHERE tenant = 'sintetis-3' AND unit = 'sintetis-opd-7'
            GROUP BY year, kind ORDER BY year, kind
            """),
        ("peringkat semua OPD", """
            SELECT tenant, unit, avg(value) AS mean_value,
                   rank() OVER (PARTITION BY tenant ORDER BY avg(value) DESC) AS rank
            FROM indicator_values WHERE kind = 'realization'
            GROUP BY tenant, unit ORDER BY tenant, rank
            """),
        ("ringkasan per tenant & tahun", """
            SELECT tenant, year, count(*), median(value), quantile_cont(value, [0.25, 0.75])
            FROM indicator_values GROUP BY tenant, year ORDER BY tenant, year
            """),
    ];
}
