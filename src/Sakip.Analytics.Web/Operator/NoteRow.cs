using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Application.DataNotes;
using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Web.Operator;

/// <summary>
/// A data note, or an audit finding before it is loaded, as the Operator pages list it: the kind, what
/// it is about, both figures with their locations and the sentence.
/// </summary>
public sealed record NoteRow(
    DataNoteKind Kind,
    string? Unit,
    int? Year,
    string? Dataset,
    string? Subject,
    string Description,
    string Reported,
    string ReportedAt,
    string Expected,
    string ExpectedAt)
{
    public string KindLabel => DataNoteLabels.Kind(Kind);

    /// <summary>"dilaporkan 996,22%, dihitung 100,74%".</summary>
    public string Summary { get; init; } = "";

    public static NoteRow From(DataNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return new NoteRow(
            note.Kind, note.Unit, note.Year, DataNoteLabels.Dataset(note.Dataset), note.Subject, note.Description,
            DataNoteLabels.Value(note.Reported.Label, note.Reported.Text), DataNoteLabels.Location(note.Reported.Table, note.Reported.Line),
            DataNoteLabels.Value(note.Expected.Label, note.Expected.Text), DataNoteLabels.Location(note.Expected.Table, note.Expected.Line))
        {
            Summary = DataNoteLabels.Summary(note),
        };
    }
}
