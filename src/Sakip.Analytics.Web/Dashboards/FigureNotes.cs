using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Application.Dashboards.Panels;
using Sakip.Analytics.Application.DataNotes;

namespace Sakip.Analytics.Web.Dashboards;

/// <summary>
/// The data notes a page may show beside its figures. A note goes beside a figure printed where the
/// note's questionable figure is printed (same document, table and line), for the same unit and year
/// when the row names them. Of several figures of that line it prefers the one holding the noted
/// value (the printed 996,22%, not the pagu of the same row).
/// </summary>
public sealed class FigureNotes
{
    private const decimal SameValue = 0.000001m;
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<DataNote>> Empty = new Dictionary<string, IReadOnlyList<DataNote>>();
    private readonly ILookup<(string Document, string? Table, int? Line), DataNote> byPlace;

    public FigureNotes(IEnumerable<DataNote> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        byPlace = notes.Where(n => n.Reported.Line is not null)
            .ToLookup(n => (n.SourceDocument, n.Reported.Table, n.Reported.Line));
    }

    /// <summary>The notes to show beside each figure of the row, by column key.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<DataNote>> ForRow(PanelRow row, IReadOnlyList<PanelColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(columns);
        var cells = columns
            .Where(c => row.Sources.ContainsKey(c.Key))
            .Select(c => (c.Key, Source: row.Sources[c.Key]))
            .ToList();
        if (cells.Count == 0 || byPlace.Count == 0)
        {
            return Empty;
        }

        var result = new Dictionary<string, List<DataNote>>(StringComparer.Ordinal);
        var notes = cells.SelectMany(c => byPlace[(c.Source.Document, c.Source.Table, c.Source.Line)]).Distinct().Where(n => SameUnitAndYear(row, n));
        foreach (var note in notes)
        {
            var placed = cells.Where(c => c.Source.Document == note.SourceDocument && c.Source.Table == note.Reported.Table && c.Source.Line == note.Reported.Line).ToList();
            var key = placed
                .Where(c => note.Reported.Value is { } value && row.Decimal(c.Key) is { } shown && Math.Abs(shown - value) < SameValue)
                .Select(c => c.Key)
                .FirstOrDefault() ?? placed[0].Key;
            if (!result.TryGetValue(key, out var list))
            {
                result[key] = list = [];
            }

            list.Add(note);
        }

        return result.ToDictionary(p => p.Key, p => (IReadOnlyList<DataNote>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>The words beside the figure: "dilaporkan 996,22%, dihitung 100,74%".</summary>
    public static string Summary(DataNote note) => DataNoteLabels.Summary(note);

    /// <summary>The note in full, for its popover: the kind, the sentence (both values) and both locations.</summary>
    public static string Detail(DataNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return $"{DataNoteLabels.Kind(note.Kind)}. {note.Description} " +
               $"Letak: {DataNoteLabels.Location(note.Reported.Table, note.Reported.Line)}; " +
               $"pembanding: {DataNoteLabels.Location(note.Expected.Table, note.Expected.Line)} ({note.SourceDocument}).";
    }

    private static bool SameUnitAndYear(PanelRow row, DataNote note) =>
        (row["unit"] is not string unit || unit == note.Unit)
        && (row.Decimal("year") is not { } year || year == note.Year);
}
