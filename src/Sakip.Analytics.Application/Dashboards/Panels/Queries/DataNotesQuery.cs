using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Application.Dashboards.Parameters;

namespace Sakip.Analytics.Application.Dashboards.Panels.Queries;

/// <summary>
/// A unit's data notes: where its report contradicts itself, with the printed figure and the
/// recomputed (or otherwise printed) one and where each is. The figures are never corrected.
/// </summary>
public sealed class DataNotesQuery : IPanelQuery
{
    public string Name => "data.notes";

    public string Description => "Catatan data satu unit: tempat laporan bertentangan dengan dirinya sendiri, kedua angka dan letaknya.";

    public IReadOnlyList<QueryParameter> Parameters { get; } =
    [
        new("unit", ParameterType.Unit),
        new("from", ParameterType.Year),
        new("to", ParameterType.Year),
    ];

    public IReadOnlyList<PanelColumn> Columns { get; } =
    [
        new("year", "Tahun", ColumnFormat.Year),
        new("dataset", "Data"),
        new("kind", "Jenis"),
        new("subject", "Tentang"),
        new("reported", "Angka tercetak"),
        new("reported_at", "Letak"),
        new("expected", "Pembanding"),
        new("expected_at", "Letak pembanding"),
        new("description", "Keterangan"),
    ];

    public PanelTable Run(PanelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var unit = context.Parameters.Text("unit");
        var (from, to) = (context.Parameters.Year("from"), context.Parameters.Year("to"));
        var table = new PanelTable(Columns);
        var notes = context.Read.DataNotes(context.Scope, unit).Where(n => n.Year >= from && n.Year <= to).ToList();
        foreach (var note in notes)
        {
            table.AddRow()
                .Set("year", note.Year)
                .Set("dataset", DataNoteLabels.Dataset(note.Dataset))
                .Set("kind", DataNoteLabels.Kind(note.Kind))
                .Set("subject", note.Subject)
                .Set("reported", DataNoteLabels.Value(note.Reported.Label, note.Reported.Text))
                .Set("reported_at", DataNoteLabels.Location(note.Reported.Table, note.Reported.Line))
                .Set("expected", DataNoteLabels.Value(note.Expected.Label, note.Expected.Text))
                .Set("expected_at", DataNoteLabels.Location(note.Expected.Table, note.Expected.Line))
                .Set("description", note.Description);
        }

        table.Notes.Add(notes.Count == 0
            ? $"Tidak ada catatan data untuk {context.UnitName(unit)} pada {from}-{to}."
            : $"{notes.Count} catatan dari pemeriksaan aritmetika laporan ({notes[0].SourceDocument}{(notes.Select(n => n.SourceDocument).Distinct().Count() > 1 ? " dan lainnya" : "")}). Angka di dasbor tetap seperti tercetak; tanda ⚠ di samping angka menunjuk catatannya.");
        return table;
    }
}
