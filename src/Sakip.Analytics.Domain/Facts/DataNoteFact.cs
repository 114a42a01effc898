namespace Sakip.Analytics.Domain.Facts;

/// <summary>
/// A place where a report contradicts itself, kept next to the data it is about: the figure as
/// printed and the figure it should be (recomputed, or printed elsewhere), each with its location.
/// The data itself is never corrected; the note is how the contradiction is shown.
/// </summary>
public sealed record DataNoteFact(
    string Tenant,
    string Unit,
    int Year,
    Dataset Dataset,
    DataNoteKind Kind,
    string? Subject,
    string Description,
    NotedFigure Reported,
    NotedFigure Expected,
    string SourceDocument,
    TemplateRow Origin);

/// <summary>
/// One side of a data note: its label ("dilaporkan", "dihitung", or the caption of the other table),
/// the number if it has one, the text as printed or computed, and where it is in the report.
/// </summary>
public sealed record NotedFigure(string Label, decimal? Value, string Text, string? Table, int? Line);

/// <summary>The kinds of inconsistency an audit finds (the gold schema's kinds).</summary>
public enum DataNoteKind
{
    SumMismatch,
    CapaianMiscomputed,
    TableVsTable,
    TableVsText,
    CategoryMismatch,
    TypoValue,
    NameVariant,
    Other,
}
