using Sakip.Analytics.Storage.Dashboards;
using Sakip.Analytics.Storage.Scoping;

namespace Sakip.Analytics.Web.Tests.Rules;

public sealed class DashboardQueriesScopeTests
{
    [Fact]
    public void Every_dashboard_query_reads_facts_through_the_tenant_scope()
    {
        var assembly = typeof(DashboardReadModel).Assembly;
        var queries = assembly.GetManifestResourceNames().Where(n => n.Contains(".Dashboards.Queries.", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(queries);
        Assert.All(queries, name =>
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var sql = reader.ReadToEnd();
            var scoped = Record.Exception(() => new ScopedSql(sql));
            Assert.True(scoped is null, $"{name}: {scoped?.Message}");
        });
    }
}
