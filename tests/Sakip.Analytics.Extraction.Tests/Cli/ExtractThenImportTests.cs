using Dapper;
using Sakip.Analytics.Application.Tenancy;
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
        using (var connection = warehouse.Open())
        {
            var penyerapan = connection.QuerySingle<(string Unit, int Year, string Dataset, string Kind, string Reported, string Expected, int Line)>(
                "SELECT unit, year, dataset, kind, reported_text, expected_text, reported_line FROM data_notes WHERE reported_text = '996,22%'");
            Assert.Equal(("kecamatan-sumbersari", 2021, "budget", "capaian_miscomputed", "996,22%", "100,74%", 497), penyerapan);
        }

        // `import` loads a draft: its notes show to those who see drafts, and to the public once published.
        var notes = new DataNoteQueries(new ScopedDatabase(warehouse));
        Assert.Contains(notes.ForUnit(TenantScope.WithDrafts("kabupaten-jember"), "kecamatan-sumbersari", 2021),
            n => n.Description.Contains("dilaporkan 996,22%, dihitung 100,74%", StringComparison.Ordinal));
        Assert.Empty(notes.ForTenant(TenantScope.Published("kabupaten-jember")));
    }
}
