using Dapper;
using Sakip.Analytics.Application.Importing;
using Sakip.Analytics.Application.Runs;
using Sakip.Analytics.Application.Tenancy;
using Sakip.Analytics.Storage.Scoping;
using Sakip.Analytics.Etl;

namespace Sakip.Analytics.Storage.Tests;

public sealed class ImportTransactionTests
{
    [Fact]
    public async Task Malformed_template_is_rejected_with_row_and_column_errors_and_the_store_is_unchanged()
    {
        await using var store = await StoreHost.StartAsync(loadDemo: true);
        var before = StoreSnapshot.Take(store.Warehouse);
        var batch = TemplateFolders.CopyOfDemo(StoreHost.SungaiSembilan);
        TemplateFolders.ReplaceCell(batch, "indicators.csv", dataRow: 2, column: "value", newValue: "12a");
        TemplateFolders.ReplaceCell(batch, "indicators.csv", dataRow: 3, column: "year", newValue: "20x2");
        TemplateFolders.ReplaceCell(batch, "budget.csv", dataRow: 2, column: "pagu", newValue: "banyak");

        var run = await store.Get<EtlEngine>().RunAsync(new ImportRequest(batch, "test"), "test", CancellationToken.None);

        Assert.Equal(EtlRunStatus.Rejected, run.Status);
        Assert.Equal(3, run.ErrorCount);
        Assert.Contains("indicators.csv, baris 2, kolom value", run.Errors, StringComparison.Ordinal);
        Assert.Contains("indicators.csv, baris 3, kolom year", run.Errors, StringComparison.Ordinal);
        Assert.Contains("budget.csv, baris 2, kolom pagu", run.Errors, StringComparison.Ordinal);
        Assert.Equal(before, StoreSnapshot.Take(store.Warehouse));
    }

    [Fact]
    public async Task Reimporting_the_same_batch_changes_nothing()
    {
        await using var store = await StoreHost.StartAsync(loadDemo: true);
        var before = StoreSnapshot.Take(store.Warehouse);

        var run = await store.Get<EtlEngine>().RunAsync(new ImportRequest(StoreHost.DemoBatch(StoreHost.SeiBalai), "test"), "test", CancellationToken.None);

        Assert.Equal(EtlRunStatus.Unchanged, run.Status);
        Assert.Equal(before, StoreSnapshot.Take(store.Warehouse));
    }

    [Fact]
    public async Task A_newer_batch_supersedes_the_older_one_and_the_history_stays_queryable()
    {
        await using var store = await StoreHost.StartAsync(loadDemo: true);
        var batch = TemplateFolders.CopyOfDemo(StoreHost.SungaiSembilan);
        TemplateFolders.KeepOnly(batch, "indicators.csv");
        var row = TemplateFolders.FindRow(batch, "indicators.csv", r => r["kind"] == "realization" && r["indicator"] == "Indeks Kepuasan Masyarakat");
        TemplateFolders.ReplaceCell(batch, "indicators.csv", row, "value", "88,10");

        var run = await store.Get<EtlEngine>().RunAsync(new ImportRequest(batch, "test"), "test", CancellationToken.None);

        Assert.Equal(EtlRunStatus.Succeeded, run.Status);
        const string Current = """
            SELECT v.text FROM scoped_indicator_values($tenant, $drafts) v JOIN scoped_indicators($tenant) i USING (indicator_id)
            WHERE v.unit = 'kecamatan-sungai-sembilan' AND v.year = 2022 AND v.kind = 'realization' AND i.name = 'Indeks Kepuasan Masyarakat'
            """;
        Assert.Equal(["88,10"], store.Get<ScopedDatabase>().Query<string>(TenantScope.WithDrafts("kota-dumai"), Current));
        using var connection = store.Warehouse.Open();
        var history = connection.Query<string>("""
            SELECT v.text FROM indicator_values v JOIN indicators i USING (indicator_id)
            WHERE v.tenant = 'kota-dumai' AND v.unit = 'kecamatan-sungai-sembilan' AND v.year = 2022
              AND v.kind = 'realization' AND i.name = 'Indeks Kepuasan Masyarakat'
            ORDER BY v.batch_id
            """);
        Assert.Equal(["86,98", "88,10"], history);
    }

    [Fact]
    public async Task Every_run_is_recorded_with_status_rows_and_errors()
    {
        await using var store = await StoreHost.StartAsync(loadDemo: true);

        var runs = store.Get<IEtlRunLog>().Recent(10);

        Assert.Equal(3, runs.Count);
        Assert.All(runs, r =>
        {
            Assert.Equal(EtlRunStatus.Succeeded, r.Status);
            Assert.Equal("demo", r.Trigger);
            Assert.NotNull(r.EndedAt);
            Assert.True(r.RowsIndicators > 0);
            Assert.True(r.Attempts >= 1);
        });
        Assert.Contains(runs, r => r.RowsAkip >= 38);
    }
}
