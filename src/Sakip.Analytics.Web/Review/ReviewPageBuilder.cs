using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Parsing;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Web.Operator;

namespace Sakip.Analytics.Web.Review;

/// <summary>Builds the review page: the figures by table with the decisions, the audit as the review leaves it, the preview of the load.</summary>
public sealed class ReviewPageBuilder(ReviewExtractions extractions)
{
    public ReviewPage Build(string tenant, string tenantName, StoredReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var state = review.State;
        var original = extractions.Of(review);
        var shown = ReviewedExtraction.Apply(original, state, c => state.DecisionOf(c) != TableDecision.Rejected, state.Settings.Options());
        var built = ReviewBatch.Build(shown, tenant, state.Settings);
        var loaded = built.Batch is null ? new HashSet<string>() : RowKeys.In(built.Batch);
        var tables = ReviewFigures.Of(original)
            .GroupBy(f => f.Table, StringComparer.Ordinal)
            .OrderBy(g => g.Key == SourceRef.Prose ? 1 : 0)
            .ThenBy(g => g.Min(f => f.Line))
            .Select((g, i) => new ReviewTable(g.Key, $"tabel-{i + 1}", state.DecisionOf(g.Key), [.. g.Select(f => Row(f, state, loaded))]))
            .ToList();
        var batch = built.Batch;
        var preview = new ReviewPreview(
            batch?.Indicators.Count ?? 0, batch?.Budget.Count ?? 0, batch?.Akip.Count ?? 0, batch?.Ikm.Count ?? 0, batch?.Notes.Count ?? 0,
            built.Unplaced.Count, built.Problem);
        return new ReviewPage(tenant, tenantName, review, original.Document, tables, [.. shown.Findings.OrderBy(f => f.Reported.Location.Line).Select(Finding)], original.Findings.Count, preview);
    }

    /// <summary>An audit finding as the Operator pages list notes: both values, both locations.</summary>
    public static NoteRow Finding(AuditFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var kind = Enum.TryParse<DataNoteKind>(finding.Kind.ToString(), out var parsed) ? parsed : DataNoteKind.Other;
        var (reported, expected) = (Text(finding.Reported), Text(finding.Expected));
        return new NoteRow(
            kind, null, null, null, finding.Subject, finding.Description,
            DataNoteLabels.Value(finding.Reported.Label, reported), DataNoteLabels.Location(finding.Reported.Location.Table, finding.Reported.Location.Line),
            DataNoteLabels.Value(finding.Expected.Label, expected), DataNoteLabels.Location(finding.Expected.Location.Table, finding.Expected.Location.Line))
        {
            Summary = DataNoteLabels.Summary(finding.Reported.Label, reported, finding.Expected.Label, expected),
        };
    }

    private static string Text(FindingValue side) =>
        side.Text.Trim().Length > 0 ? side.Text.Trim() : side.Value is { } value ? IdFormat.Number(value) : side.Label;

    private static ReviewRow Row(ReviewFigure figure, ReviewState state, IReadOnlySet<string> loaded)
    {
        var edit = state.Edits.GetValueOrDefault(figure.Id.ToString());
        var editValue = edit is not null && PrintedValues.TryParse(edit, out var printed, out _) ? printed.Number : null;
        return new ReviewRow(figure, edit, editValue, loaded.Contains(figure.RowKey));
    }
}
