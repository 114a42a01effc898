using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Application.DataNotes;

/// <summary>
/// A loaded data note: where a report contradicts itself about a unit's figures of one year and
/// dataset, with the printed figure (<see cref="Reported"/>) and the recomputed or otherwise printed
/// one (<see cref="Expected"/>), both located, and the batch that loaded it.
/// </summary>
public sealed record DataNote(
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
    long BatchId);
