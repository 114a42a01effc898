using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Import.Tests.Support;

namespace Sakip.Analytics.Import.Tests;

public sealed class DataNoteTests
{
    private const string PenyerapanNote =
        "kabupaten-batu-bara,kecamatan-sei-balai,2021,budget,capaian_miscomputed,Program Penyelenggaraan," +
        "\"Penyerapan dilaporkan 996,22%, dihitung 100,74%.\",dilaporkan,\"996,22\",\"996,22%\",tabel tanpa nomor (baris 497),497," +
        "dihitung,\"100,74\",\"100,74%\",tabel tanpa nomor (baris 497),497,LKjIP 2021.pdf";

    [Fact]
    public void A_printed_figure_far_out_of_range_is_kept_as_printed_next_to_the_computed_one()
    {
        using var temp = SmallBatch.WithTenantAndUnit();
        temp.Write("budget.csv", $"{Templates.BudgetHeader}\n{SmallBatch.BudgetRow("1.000").Replace(",2023,", ",2021,", StringComparison.Ordinal)}\n");
        temp.Write("notes.csv", $"{Templates.NotesHeader}\n{PenyerapanNote}\n");

        var note = Assert.Single(TemplateReader.Read(temp.Path).AssertSucceeded().Notes);

        Assert.Equal((996.22m, "996,22%"), (note.Reported.Value, note.Reported.Text));
        Assert.Equal((100.74m, "100,74%"), (note.Expected.Value, note.Expected.Text));
    }

    [Fact]
    public void A_note_on_a_year_the_batch_holds_no_facts_for_is_rejected_because_it_would_never_show()
    {
        using var temp = SmallBatch.WithTenantAndUnit();
        temp.Write("budget.csv", $"{Templates.BudgetHeader}\n{SmallBatch.BudgetRow("1.000")}\n");
        temp.Write("notes.csv", $"{Templates.NotesHeader}\n{PenyerapanNote}\n");

        var error = Assert.Single(TemplateReader.Read(temp.Path).Errors);

        Assert.Equal(
            new ImportError("notes.csv", 2, "dataset",
                "batch ini tidak berisi data budget untuk unit 'kecamatan-sei-balai' milik tenant 'kabupaten-batu-bara' tahun 2021; catatan ini tidak akan pernah tampil"),
            error);
    }
}
