using Sakip.Analytics.Storage.Scoping;

namespace Sakip.Analytics.Storage.Tests;

public sealed class ScopedSqlTests
{
    [Theory]
    [InlineData("SELECT * FROM akip_evaluations WHERE tenant = $tenant")]
    [InlineData("SELECT * FROM scoped_units($tenant) u JOIN current_akip_evaluations a USING (unit)")]
    [InlineData("SELECT * FROM main.indicator_values WHERE tenant = $tenant")]
    [InlineData("SELECT * FROM (UNPIVOT budget_lines ON pagu INTO NAME k VALUE v) WHERE tenant = $tenant")]
    [InlineData("SELECT * FROM data_notes WHERE tenant = $tenant")]
    public void Sql_that_reads_a_fact_table_directly_is_refused(string sql) =>
        Assert.Throws<ArgumentException>(() => new ScopedSql(sql));

    [Fact]
    public void Sql_without_the_tenant_parameter_is_refused() =>
        Assert.Throws<ArgumentException>(() => new ScopedSql("SELECT * FROM scoped_facts_long('kota-dumai', true)"));

    [Fact]
    public void Sql_through_the_scoped_macros_is_accepted()
    {
        var sql = new ScopedSql("SELECT u.name AS units FROM scoped_units($tenant) u JOIN scoped_akip_evaluations($tenant, $drafts) a USING (unit)");

        Assert.Contains("scoped_units", sql.Text, StringComparison.Ordinal);
    }
}
