using Sakip.Analytics.Application.Dashboards.Panels;
using Sakip.Analytics.Application.DataNotes;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Web.Dashboards;

namespace Sakip.Analytics.Web.Tests.Review;

/// <summary>Which figure of a table row a data note goes beside.</summary>
public sealed class FigureNotesTests
{
    private const string Report = "lkjip-2021.txt";
    private const string Table = "tabel tanpa nomor (baris 491)";

    private static readonly PanelColumn[] Columns =
    [
        new("year", "Tahun", ColumnFormat.Year),
        new("pagu", "Pagu", ColumnFormat.Money),
        new("reported_pct", "Penyerapan (tercetak)", ColumnFormat.Percent),
    ];

    [Fact]
    public void A_note_goes_beside_the_figure_of_its_line_that_holds_the_noted_value()
    {
        var notes = new FigureNotes([Note(2021, line: 497, value: 996.22m)]);
        var row = Row(2021, line: 497);

        var placed = notes.ForRow(row, Columns);

        Assert.Equal(["reported_pct"], placed.Keys);
        Assert.Equal("dilaporkan 996,22%, dihitung 100,74%", FigureNotes.Summary(placed["reported_pct"].Single()));
    }

    [Fact]
    public void A_note_whose_value_no_figure_holds_goes_beside_the_first_figure_of_its_line()
    {
        var placed = new FigureNotes([Note(2021, line: 497, value: null)]).ForRow(Row(2021, line: 497), Columns);

        Assert.Equal(["pagu"], placed.Keys);
    }

    [Fact]
    public void A_note_of_another_line_or_year_is_not_shown()
    {
        var notes = new FigureNotes([Note(2021, line: 498, value: 996.22m), Note(2020, line: 497, value: 996.22m)]);

        Assert.Empty(notes.ForRow(Row(2021, line: 497), Columns));
    }

    private static PanelRow Row(int year, int line)
    {
        var source = new Provenance(Report, Table, line);
        return new PanelRow().Set("year", year).Set("pagu", 3_071_415_500m, source).Set("reported_pct", 996.22m, source);
    }

    private static DataNote Note(int year, int line, decimal? value) => new(
        "kabupaten-jember", "kecamatan-sumbersari", year, Dataset.Budget, DataNoteKind.CapaianMiscomputed, "Program", "Penyerapan ...",
        new NotedFigure("dilaporkan", value, "996,22%", Table, line), new NotedFigure("dihitung", 100.74m, "100,74%", Table, line), Report, 1);
}
