using Sakip.Analytics.Application.Audit;
using Sakip.Analytics.Application.Importing;
using Sakip.Analytics.Application.Publishing;
using Sakip.Analytics.Application.Runs;
using Sakip.Analytics.Application.Tenancy;
using Sakip.Analytics.Etl;
using Sakip.Analytics.Storage.Scoping;

namespace Sakip.Analytics.Storage.Tests;

public sealed class PublicationTests
{
    private const string IkmRealization = """
        SELECT v.text FROM scoped_indicator_values($tenant, $drafts) v
        JOIN scoped_indicators($tenant) i USING (indicator_id)
        WHERE v.year = 2022 AND v.kind = 'realization' AND i.name = 'Indeks Kepuasan Masyarakat'
        """;

    [Fact]
    public async Task The_demo_data_is_published_so_public_and_draft_scopes_see_the_same_facts()
    {
        await using var store = await StoreHost.StartAsync(loadDemo: true);
        var db = store.Get<ScopedDatabase>();
        const string Count = "SELECT count(*) FROM scoped_facts_long($tenant, $drafts)";

        var published = db.Scalar<long>(TenantScope.Published("kabupaten-batu-bara"), Count);
        var drafts = db.Scalar<long>(TenantScope.WithDrafts("kabupaten-batu-bara"), Count);

        Assert.True(published > 400);
        Assert.Equal(drafts, published);
    }

    [Fact]
    public async Task A_new_batch_stays_a_draft_until_published_and_unpublishing_hides_the_year_again()
    {
        await using var store = await StoreHost.StartAsync(loadDemo: true);
        var db = store.Get<ScopedDatabase>();
        var publications = store.Get<IPublicationStore>();
        var batch = TemplateFolders.CopyOfDemo(StoreHost.SungaiSembilan);
        TemplateFolders.KeepOnly(batch, "indicators.csv");
        var row = TemplateFolders.FindRow(batch, "indicators.csv", r => r["kind"] == "realization" && r["indicator"] == "Indeks Kepuasan Masyarakat");
        TemplateFolders.ReplaceCell(batch, "indicators.csv", row, "value", "88,10");
        var run = await store.Get<EtlEngine>().RunAsync(new ImportRequest(batch, "operator@dumai", "kota-dumai"), "upload", CancellationToken.None);
        Assert.Equal(EtlRunStatus.Succeeded, run.Status);
        Assert.Equal("kota-dumai", run.Tenant);
        Assert.Equal([run.RunId], store.Get<IEtlRunLog>().RecentForTenant("kota-dumai", 10).Select(r => r.RunId));
        Assert.Empty(store.Get<IEtlRunLog>().RecentForTenant("kabupaten-batu-bara", 10));
        var publicScope = TenantScope.Published("kota-dumai");
        var draftScope = TenantScope.WithDrafts("kota-dumai");

        Assert.Equal(["86,98"], db.Query<string>(publicScope, IkmRealization));
        Assert.Equal(["88,10"], db.Query<string>(draftScope, IkmRealization));
        Assert.Contains(publications.States("kota-dumai"), s => s.Year == 2022 && s.Dataset == "indicators" && s.HasUnpublishedDraft);

        Assert.True(publications.Publish("kota-dumai", 2022, "indicators", "operator@dumai"));
        Assert.Equal(["88,10"], db.Query<string>(publicScope, IkmRealization));

        Assert.True(publications.Unpublish("kota-dumai", 2022, "indicators", "operator@dumai"));
        Assert.Empty(db.Query<string>(publicScope, IkmRealization));
        Assert.Equal(["88,10"], db.Query<string>(draftScope, IkmRealization));

        var audit = store.Get<IAuditLog>().ForTenant("kota-dumai", 10);
        Assert.Equal(
            [AuditActions.Unpublish, AuditActions.Publish, AuditActions.Import],
            audit.Take(3).Select(a => a.Action));
        Assert.All(audit.Take(3), a => Assert.Equal("operator@dumai", a.Actor));
        Assert.Equal(run.BatchId, audit[1].BatchId);
    }

    [Fact]
    public async Task An_upload_restricted_to_one_tenant_is_rejected_when_it_holds_another_tenants_rows()
    {
        await using var store = await StoreHost.StartAsync(loadDemo: true);
        var before = StoreSnapshot.Take(store.Warehouse);

        var run = await store.Get<EtlEngine>().RunAsync(
            new ImportRequest(TemplateFolders.CopyOfDemo(StoreHost.SeiBalai), "operator@dumai", "kota-dumai"), "upload", CancellationToken.None);

        Assert.Equal(EtlRunStatus.Rejected, run.Status);
        Assert.Contains("kolom tenant: tenant 'kabupaten-batu-bara' di luar wewenang", run.Errors, StringComparison.Ordinal);
        Assert.Equal(before, StoreSnapshot.Take(store.Warehouse));
    }

    [Fact]
    public async Task A_scoped_query_returns_only_its_tenants_rows()
    {
        await using var store = await StoreHost.StartAsync(loadDemo: true);
        var db = store.Get<ScopedDatabase>();

        var tenants = db.Query<string>(TenantScope.WithDrafts("kota-dumai"), "SELECT DISTINCT tenant FROM scoped_facts_long($tenant, $drafts)");

        Assert.Equal(["kota-dumai"], tenants);
    }
}
