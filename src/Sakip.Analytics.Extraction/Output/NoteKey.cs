using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Extraction.Output;

/// <summary>The (unit slug, year, dataset) a data note belongs to; the batch must hold facts for it.</summary>
internal readonly record struct NoteKey(string Unit, int Year, Dataset Dataset)
{
    public static HashSet<NoteKey> LoadedBy(TemplateBatch batch) =>
    [
        .. batch.Indicators.Select(f => new NoteKey(f.Unit, f.Year, Dataset.Indicators)),
        .. batch.Budget.Select(f => new NoteKey(f.Unit, f.Year, Dataset.Budget)),
        .. batch.Akip.Select(f => new NoteKey(f.Unit, f.Year, Dataset.Akip)),
        .. batch.Ikm.Select(f => new NoteKey(f.Unit, f.Year, Dataset.Ikm)),
    ];
}
