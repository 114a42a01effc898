using Dapper;

namespace Sakip.Analytics.DuckDb.Tests;

public sealed class DapperTests : IClassFixture<TempDatabaseFixture>, IDisposable
{
    private readonly DuckDbConnection connection;
    private readonly string table = TestSql.UniqueTable("indicators");

    public DapperTests(TempDatabaseFixture database)
    {
        connection = database.OpenConnection();
        connection.Execute($"""
            create table {table}(
                tenant varchar, unit varchar, year integer, value decimal(18,2), reported_on date, loaded_at timestamp, row_count bigint)
            """);
    }

    public sealed record Indicator(string Tenant, string Unit, int Year, decimal Value, DateTime ReportedOn, DateTime LoadedAt, long RowCount);

    public sealed class IndicatorRow
    {
        public string Tenant { get; set; } = "";
        public decimal? Value { get; set; }
        public DateOnly ReportedOn { get; set; }
    }

    public void Dispose() => connection.Dispose();

    [Fact]
    public void Execute_with_dollar_named_parameters_inserts_the_values()
    {
        var inserted = connection.Execute(
            $"insert into {table} values ($tenant, $unit, $year, $value, $reportedOn, $loadedAt, $rowCount)",
            new { tenant = "batu-bara", unit = "dinas-pu", year = 2024, value = 86.98m, reportedOn = new DateTime(2025, 1, 31), loadedAt = new DateTime(2025, 2, 1, 8, 0, 0), rowCount = 1L });

        Assert.Equal(1, inserted);
    }

    [Fact]
    public void Query_maps_rows_into_records_by_constructor()
    {
        Insert("kota-a", "dinas-x", 2023, 1234567.89m);
        Insert("kota-a", "dinas-y", 2024, 0.30m);
        Insert("kota-b", "dinas-x", 2024, 5m);

        var rows = connection.Query<Indicator>(
                $"select tenant, unit, year, value, reported_on as ReportedOn, loaded_at as LoadedAt, row_count as RowCount from {table} where tenant = $tenant order by year",
                new { tenant = "kota-a" })
            .ToList();

        Assert.Equal(2, rows.Count);
        Assert.Equal(new Indicator("kota-a", "dinas-x", 2023, 1234567.89m, new DateTime(2025, 1, 31), new DateTime(2025, 2, 1), 1), rows[0]);
        Assert.Equal(0.30m, rows[1].Value);
    }

    [Fact]
    public void Query_maps_into_classes_with_DateOnly_and_nullable_properties()
    {
        Insert("kota-c", "dinas-x", 2024, 12.5m);
        connection.Execute($"insert into {table} (tenant, reported_on) values ($tenant, $day)", new { tenant = "kota-c", day = new DateOnly(2024, 2, 29) });

        var rows = connection.Query<IndicatorRow>(
            $"select tenant, value, reported_on as ReportedOn from {table} where tenant = $tenant order by value nulls last",
            new { tenant = "kota-c" }).ToList();

        Assert.Equal(12.5m, rows[0].Value);
        Assert.Equal(new DateOnly(2025, 1, 31), rows[0].ReportedOn);
        Assert.Null(rows[1].Value);
        Assert.Equal(new DateOnly(2024, 2, 29), rows[1].ReportedOn);
    }

    [Fact]
    public void QuerySingle_reads_scalars_of_aggregate_types()
    {
        Insert("kota-d", "u1", 2024, 1.10m);
        Insert("kota-d", "u2", 2024, 2.20m);

        Assert.Equal(3.30m, connection.QuerySingle<decimal>($"select sum(value) from {table} where tenant = $tenant", new { tenant = "kota-d" }));
        Assert.Equal(2L, connection.QuerySingle<long>($"select count(*) from {table} where tenant = $tenant", new { tenant = "kota-d" }));
        Assert.Equal(4048L, connection.QuerySingle<long>($"select sum(year) from {table} where tenant = $tenant", new { tenant = "kota-d" }));
    }

    [Fact]
    public void Dapper_passes_parameters_written_with_a_dollar()
    {
        // Dapper sends only the members it finds in the SQL; since Dapper 2.1 '$name' counts.
        Assert.Equal("yes", connection.QuerySingle<string>("select $answer", new { answer = "yes", unused = 1 }));
    }

    [Fact]
    public void Dapper_positional_placeholders_bind_in_member_order()
    {
        Assert.Equal("a-b", connection.QuerySingle<string>("select ? || '-' || ?", new { first = "a", second = "b" }));
    }

    [Fact]
    public void Dapper_pseudo_positional_placeholders_bind_by_name()
    {
        Assert.Equal("b-a", connection.QuerySingle<string>("select ?second? || '-' || ?first?", new { first = "a", second = "b" }));
    }

    [Fact]
    public void Dapper_runs_a_transaction()
    {
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute($"insert into {table} (tenant) values ($tenant)", new { tenant = "kota-rollback" }, transaction);
            transaction.Rollback();
        }

        Assert.Equal(0L, connection.QuerySingle<long>($"select count(*) from {table} where tenant = $tenant", new { tenant = "kota-rollback" }));
    }

    private void Insert(string tenant, string unit, int year, decimal value) =>
        connection.Execute(
            $"insert into {table} values ($tenant, $unit, $year, $value, DATE '2025-01-31', TIMESTAMP '2025-02-01', 1)",
            new { tenant, unit, year, value });
}
