using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Output;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Audit findings become data notes on the (unit, year, dataset) of the fact they are about.</summary>
public class TemplateNotesTests
{
    public static TheoryData<string> SeedNames() => [.. Seeds.All];

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Every_seed_finding_becomes_a_note_on_data_the_batch_holds(string seed)
    {
        var result = Seeds.Extract(seed);

        var draft = TemplateBatchBuilder.Draft(result);

        Assert.Empty(draft.UnplacedFindings);
        Assert.Equal(result.Findings.DistinctBy(f => (f.Kind, f.Description)).Count(), draft.Batch.Notes.Count);
        var loaded = NoteKey.LoadedBy(draft.Batch);
        Assert.All(draft.Batch.Notes, n => Assert.Contains(new NoteKey(n.Unit, n.Year, n.Dataset), loaded));
    }

    [Fact]
    public void A_wrong_total_in_a_general_table_is_noted_on_the_units_loaded_data()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya kualitas pelayanan\tIndeks Kepuasan Masyarakat\tIndeks\t80\t84\t105,00",
            string.Empty,
            "Tabel 1.2",
            "Jumlah Penduduk per Kelurahan",
            "No\tKelurahan\tJumlah KK\tJumlah Penduduk",
            "1\tKelurahan Sukajadi\t1.010\t3.337",
            "2\tKelurahan Sukamaju\t846\t3.100",
            "Jumlah\t\t1.856\t6.447");

        var draft = TemplateBatchBuilder.Draft(result);

        Assert.Empty(draft.UnplacedFindings);
        var note = Assert.Single(draft.Batch.Notes);
        Assert.Equal((DataNoteKind.SumMismatch, 6447m, 6437m), (note.Kind, note.Reported.Value, note.Expected.Value));
    }

    [Fact]
    public void A_penyerapan_finding_is_noted_on_the_budget_of_its_year_with_both_figures()
    {
        var notes = TemplateBatchBuilder.Build(Seeds.Extract(Seeds.Jember)).Notes;

        var note = Assert.Single(notes, n => n.Reported.Text == "996,22%");

        Assert.Equal(("kecamatan-sumbersari", 2021, Dataset.Budget, DataNoteKind.CapaianMiscomputed), (note.Unit, note.Year, note.Dataset, note.Kind));
        Assert.Equal(("dilaporkan", 996.22m, 497), (note.Reported.Label, note.Reported.Value, note.Reported.Line));
        Assert.Equal(("dihitung", 100.74m, "100,74%"), (note.Expected.Label, note.Expected.Value, note.Expected.Text));
        Assert.Equal(Seeds.Jember + ".txt", note.SourceDocument);
    }

    [Fact]
    public void A_finding_about_another_units_akip_in_a_recap_is_noted_on_that_unit()
    {
        var notes = TemplateBatchBuilder.Build(Seeds.Extract(Seeds.SeiBalai)).Notes;

        Assert.Contains(notes, n => n is { Unit: "kecamatan-nibung-hangus", Year: 2023, Dataset: Dataset.Akip, Kind: DataNoteKind.SumMismatch });
    }

    [Fact]
    public void A_remark_on_the_whole_report_is_noted_on_the_report_unit_and_year()
    {
        var notes = TemplateBatchBuilder.Build(Seeds.Extract(Seeds.Jember)).Notes;

        var note = Assert.Single(notes, n => n.Kind == DataNoteKind.NameVariant);

        Assert.Equal(("kecamatan-sumbersari", 2021), (note.Unit, note.Year));
    }

    [Fact]
    public void A_finding_that_fits_no_loaded_data_is_left_out_and_reported()
    {
        var result = Seeds.Extract(Seeds.Dumai);
        var nowhere = new SourceRef(result.Document.File, "Tabel 9.9", 99_999, 1);
        var finding = new AuditFinding(FindingKind.SumMismatch, "Jumlah 'Sesuatu' dilaporkan 10, dihitung 12.",
            new FindingValue("dilaporkan", 10, "10", nowhere), new FindingValue("dihitung", 12, "12", nowhere)) { Subject = "Sesuatu" };

        var draft = TemplateBatchBuilder.Draft(result with { Findings = [finding] });

        Assert.Empty(draft.Batch.Notes);
        Assert.Equal([finding], draft.UnplacedFindings);
    }
}
