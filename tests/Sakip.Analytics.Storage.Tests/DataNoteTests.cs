using Sakip.Analytics.Application.DataNotes;
using Sakip.Analytics.Application.Importing;
using Sakip.Analytics.Application.Publishing;
using Sakip.Analytics.Application.Runs;
using Sakip.Analytics.Application.Tenancy;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Etl;
using Sakip.Analytics.Storage.Scoping;

namespace Sakip.Analytics.Storage.Tests;

/// <summary>Data notes load with their batch and show exactly when that batch's facts show.</summary>
public sealed class DataNoteTests
{
    private const string Tenant = "kota-dumai";
    private const string Unit = "kecamatan-sungai-sembilan";
    private const string Indicator = "Persentase Pelaksanaan Pelimpahan Kewenangan Kepada Camat";
    private const string Document = "lkjip-2022-kota-dumai-kecamatan-sungai-sembilan.txt";
    private const string CountNotes = "SELECT count(*) FROM scoped_data_notes($tenant, $drafts)";

    private static readonly string CapaianNote =
        $"{Tenant},{Unit},2022,indicators,capaian_miscomputed,{Indicator}," +
        "\"Capaian dilaporkan 99,55%, dihitung 99,99%.\",dilaporkan,\"99,55\",\"99,55\",TABEL III.2,369," +
        $"dihitung,\"99,99\",\"99,99%\",TABEL III.2,369,{Document}";

    [Fact]
    public async Task A_draft_batchs_notes_are_hidden_from_the_public_until_its_year_and_dataset_are_published()
    {
        await using var store = await StoreHost.StartAsync(loadDemo: true);
        var notes = store.Get<IDataNotes>();
        var db = store.Get<ScopedDatabase>();

        var run = await ImportAsync(store, NewerIndicators("88,10", withNote: true));

        Assert.Equal(EtlRunStatus.Succeeded, run.Status);
        Assert.Empty(notes.ForUnit(TenantScope.Published(Tenant), Unit));
        Assert.Equal(0, db.Scalar<long>(TenantScope.Published(Tenant), CountNotes));
        var note = Assert.Single(notes.ForUnit(TenantScope.WithDrafts(Tenant), Unit, 2022));
        Assert.Equal(
            new DataNote(Tenant, Unit, 2022, Dataset.Indicators, DataNoteKind.CapaianMiscomputed, Indicator,
                "Capaian dilaporkan 99,55%, dihitung 99,99%.",
                new NotedFigure("dilaporkan", 99.55m, "99,55", "TABEL III.2", 369),
                new NotedFigure("dihitung", 99.99m, "99,99%", "TABEL III.2", 369),
                Document, run.BatchId!.Value),
            note);

        Assert.True(store.Get<IPublicationStore>().Publish(Tenant, 2022, "indicators", "operator@dumai"));

        Assert.Equal([note], notes.ForTenant(TenantScope.Published(Tenant)));
        Assert.Equal(1, db.Scalar<long>(TenantScope.Published(Tenant), CountNotes));
        Assert.Empty(notes.ForUnit(TenantScope.Published(Tenant), Unit, 2021));
        Assert.Empty(notes.ForTenant(TenantScope.WithDrafts("kabupaten-batu-bara")));
    }

    [Fact]
    public async Task A_newer_batch_without_the_note_hides_it_from_drafts_while_the_published_batch_keeps_it()
    {
        await using var store = await StoreHost.StartAsync(loadDemo: true);
        var notes = store.Get<IDataNotes>();
        await ImportAsync(store, NewerIndicators("88,10", withNote: true));
        store.Get<IPublicationStore>().Publish(Tenant, 2022, "indicators", "operator@dumai");

        var newer = await ImportAsync(store, NewerIndicators("88,20", withNote: false));

        Assert.Equal(EtlRunStatus.Succeeded, newer.Status);
        Assert.Empty(notes.ForUnit(TenantScope.WithDrafts(Tenant), Unit));
        Assert.Single(notes.ForUnit(TenantScope.Published(Tenant), Unit));
    }

    [Fact]
    public async Task A_note_on_a_dataset_the_batch_does_not_hold_rejects_the_batch_and_changes_nothing()
    {
        await using var store = await StoreHost.StartAsync(loadDemo: true);
        var before = StoreSnapshot.Take(store.Warehouse);
        var batch = NewerIndicators("88,10", withNote: false);
        File.WriteAllText(Path.Combine(batch, "notes.csv"),
            $"{NotesHeader}\n{CapaianNote.Replace(",2022,indicators,", ",2022,budget,", StringComparison.Ordinal)}\n");

        var run = await ImportAsync(store, batch);

        Assert.Equal(EtlRunStatus.Rejected, run.Status);
        Assert.Contains("notes.csv, baris 2, kolom dataset: batch ini tidak berisi data budget", run.Errors, StringComparison.Ordinal);
        Assert.Equal(before, StoreSnapshot.Take(store.Warehouse));
    }

    private const string NotesHeader =
        "tenant,unit,year,dataset,kind,subject,description,reported_label,reported_value,reported_text,reported_table,reported_line," +
        "expected_label,expected_value,expected_text,expected_table,expected_line,source_document";

    /// <summary>Dumai's indicators again with the 2022 IKM realization changed (a new batch), and optionally a note on them.</summary>
    private static string NewerIndicators(string ikmRealization, bool withNote)
    {
        var batch = TemplateFolders.CopyOfDemo(StoreHost.SungaiSembilan);
        TemplateFolders.KeepOnly(batch, "indicators.csv");
        var row = TemplateFolders.FindRow(batch, "indicators.csv", r => r["kind"] == "realization" && r["indicator"] == "Indeks Kepuasan Masyarakat");
        TemplateFolders.ReplaceCell(batch, "indicators.csv", row, "value", ikmRealization);
        if (withNote)
        {
            File.WriteAllText(Path.Combine(batch, "notes.csv"), $"{NotesHeader}\n{CapaianNote}\n");
        }

        return batch;
    }

    private static Task<EtlRun> ImportAsync(StoreHost store, string batch) =>
        store.Get<EtlEngine>().RunAsync(new ImportRequest(batch, "operator@dumai", Tenant), "upload", CancellationToken.None);
}
