using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Audit;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Import;

namespace Sakip.Analytics.Extraction.Output;

public static partial class TemplateBatchBuilder
{
    // The store keeps six decimals; a recomputed figure (a weighted NRR, a sum / 9) has more. Its text keeps the figure as shown.
    private const int StoredDecimals = 6;

    /// <summary>Every finding as a note on the facts it is about (see <see cref="FindingPlacement"/>), and the findings that fit no loaded key.</summary>
    private static (List<DataNoteFact> Notes, List<AuditFinding> Unplaced) Notes(ExtractionResult result, string tenant, TemplateBatch batch)
    {
        var loaded = NoteKey.LoadedBy(batch);
        var placed = new List<(AuditFinding Finding, NoteKey Key)>();
        var unplaced = new List<AuditFinding>();
        foreach (var finding in result.Findings)
        {
            if (FindingPlacement.Place(finding, result, loaded) is { } key)
            {
                placed.Add((finding, key));
            }
            else
            {
                unplaced.Add(finding);
            }
        }

        // The same contradiction found twice (by two checks) is one note.
        return ([.. placed
            .DistinctBy(p => (p.Key, p.Finding.Kind, p.Finding.Description))
            .OrderBy(p => p.Finding.Reported.Location.Line)
            .Select((p, i) => Note(p.Finding, p.Key, tenant, i + 1))], unplaced);
    }

    private static DataNoteFact Note(AuditFinding finding, NoteKey key, string tenant, int row) => new(
        tenant, key.Unit, key.Year, key.Dataset, KindOf(finding.Kind), finding.Subject, finding.Description,
        Figure(finding.Reported), Figure(finding.Expected), finding.Reported.Location.Document, Row(TemplateFiles.Notes, row));

    // Every finding prints its figure's text or value; the label stands in only so that the row stays loadable.
    private static NotedFigure Figure(FindingValue side) => new(
        side.Label,
        side.Value is { } value ? decimal.Round(value, StoredDecimals) : null,
        side.Text.Trim().Length > 0 ? side.Text.Trim() : side.Value is { } shown ? IdNumber.Printed(shown) : side.Label,
        side.Location.Table,
        side.Location.Line >= 1 ? side.Location.Line : null);

    private static DataNoteKind KindOf(FindingKind kind) => kind switch
    {
        FindingKind.SumMismatch => DataNoteKind.SumMismatch,
        FindingKind.CapaianMiscomputed => DataNoteKind.CapaianMiscomputed,
        FindingKind.TableVsTable => DataNoteKind.TableVsTable,
        FindingKind.TableVsText => DataNoteKind.TableVsText,
        FindingKind.CategoryMismatch => DataNoteKind.CategoryMismatch,
        FindingKind.TypoValue => DataNoteKind.TypoValue,
        FindingKind.NameVariant => DataNoteKind.NameVariant,
        _ => DataNoteKind.Other,
    };
}
