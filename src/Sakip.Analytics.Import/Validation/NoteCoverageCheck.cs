using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Import.Validation;

/// <summary>
/// A note is shown with the facts of its (tenant, unit, year, dataset) from the same batch, and only
/// while that batch is the visible one for the key: a note on a key the batch has no facts for would
/// never be shown, so it is refused rather than loaded silently.
/// </summary>
internal static class NoteCoverageCheck
{
    public static void Report(TemplateBatch batch, ErrorCollector errors)
    {
        var covered = batch.Indicators.Select(f => (f.Tenant, f.Unit, f.Year, Dataset.Indicators))
            .Concat(batch.Budget.Select(f => (f.Tenant, f.Unit, f.Year, Dataset.Budget)))
            .Concat(batch.Akip.Select(f => (f.Tenant, f.Unit, f.Year, Dataset.Akip)))
            .Concat(batch.Ikm.Select(f => (f.Tenant, f.Unit, f.Year, Dataset.Ikm)))
            .ToHashSet();
        foreach (var note in batch.Notes.Where(n => !covered.Contains((n.Tenant, n.Unit, n.Year, n.Dataset))))
        {
            errors.Add(note.Origin.File, note.Origin.Row, Columns.Dataset,
                Reasons.NoteWithoutFacts(note.Dataset.ToSlug(), note.Tenant, note.Unit, note.Year));
        }
    }
}
