using Sakip.Analytics.Application.Tenancy;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;
using Sakip.Analytics.Storage;
using Sakip.Analytics.Storage.DataNotes;
using Sakip.Analytics.Storage.Scoping;

namespace Sakip.Analytics.Extraction.Tests.Cli;

/// <summary>The whole road of a finding: `sakip extract --template-out`, then `sakip import` into a store of its own.</summary>
public class ExtractThenImportTests
{
    [Fact]
    public async Task A_reports_audit_findings_are_imported_with_its_figures_as_data_notes()
    {
        using var folder = new TempFolder();
        var batch = folder.File("batch");
        var data = folder.File("data");

        var extract = await SakipCli.RunAsync("extract", Seeds.TextPath(Seeds.Jember), "--out", folder.File("jember.json"), "--template-out", batch);
        var import = await SakipCli.RunOnStoreAsync(data, "import", batch);

        Assert.True(extract.ExitCode == 0, extract.Error);
        Assert.Contains("catatan data", extract.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(batch, "notes.csv")));
        Assert.True(import.ExitCode == 0, import.Output + import.Error);
        using var warehouse = new Warehouse(new StoreOptions { DataDirectory = data, LoadDemoDataWhenEmpty = false });
        // `import` loads a draft: its notes show to those who see drafts, and to the public once published.
        var notes = new DataNoteQueries(new ScopedDatabase(warehouse));
        var penyerapan = Assert.Single(
            notes.ForUnit(TenantScope.WithDrafts("kabupaten-jember"), "kecamatan-sumbersari", 2021),
            n => n.Reported.Text == "996,22%");
        Assert.Equal(
            (2021, Dataset.Budget, DataNoteKind.CapaianMiscomputed, "100,74%", (int?)497),
            (penyerapan.Year, penyerapan.Dataset, penyerapan.Kind, penyerapan.Expected.Text, penyerapan.Reported.Line));
        Assert.Contains("dilaporkan 996,22%, dihitung 100,74%", penyerapan.Description, StringComparison.Ordinal);
        Assert.Empty(notes.ForTenant(TenantScope.Published("kabupaten-jember")));
    }
}
