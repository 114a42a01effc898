using Sakip.Analytics.Application.Audit;
using Sakip.Analytics.Application.Dashboards.Parameters;

namespace Sakip.Analytics.Web.Review;

public sealed partial class ReviewWorkspace
{
    /// <summary>Accepts every table of the report (a rejected one too).</summary>
    public string? AcceptAll(string tenant, string id, string actor)
    {
        var review = Require(tenant, id);
        if (review.State.Loaded is not null)
        {
            return AlreadyLoaded;
        }

        var captions = Captions(review);
        store.Update(review, s => s with { Tables = captions.ToDictionary(c => c, _ => TableDecision.Accepted, StringComparer.Ordinal) });
        audit.Append(new AuditEntry(tenant, actor, ReviewAuditActions.AcceptedAll, Detail: $"{review.State.File} (tinjauan {id}): {captions.Count} tabel diterima"));
        return null;
    }

    public string? Decide(string tenant, string id, string caption, bool accept, string actor)
    {
        var review = Require(tenant, id);
        if (review.State.Loaded is not null)
        {
            return AlreadyLoaded;
        }

        if (!Captions(review).Contains(caption))
        {
            return "Tabel itu tidak ada dalam laporan ini.";
        }

        var decision = accept ? TableDecision.Accepted : TableDecision.Rejected;
        store.Update(review, s => s with { Tables = new Dictionary<string, TableDecision>(s.Tables, StringComparer.Ordinal) { [caption] = decision } });
        audit.Append(new AuditEntry(tenant, actor, accept ? ReviewAuditActions.TableAccepted : ReviewAuditActions.TableRejected,
            Detail: $"{review.State.File} (tinjauan {id}): {caption}"));
        return null;
    }

    /// <summary>Corrects one figure to the value typed; an empty value takes the correction back.</summary>
    public string? Edit(string tenant, string id, string figure, string? value, string actor)
    {
        var review = Require(tenant, id);
        if (review.State.Loaded is not null)
        {
            return AlreadyLoaded;
        }

        var original = extractions.Of(review);
        if (!FigureId.TryParse(figure, out var figureId))
        {
            return "Angka itu tidak ada dalam hasil ekstraksi.";
        }

        var text = (value ?? "").Trim();
        if (text.Length > 0 && ReviewEdits.Problem(original, figureId, text) is { } problem)
        {
            return problem;
        }

        var shown = ReviewFigures.Of(original).FirstOrDefault(f => f.Id == figureId);
        if (shown is null)
        {
            return "Angka itu tidak ada dalam hasil ekstraksi.";
        }

        var key = figureId.ToString();
        store.Update(review, s =>
        {
            var edits = new Dictionary<string, string>(s.Edits, StringComparer.Ordinal);
            if (text.Length == 0)
            {
                edits.Remove(key);
            }
            else
            {
                edits[key] = text;
            }

            return s with { Edits = edits };
        });
        audit.Append(new AuditEntry(tenant, actor, ReviewAuditActions.ValueEdited, Year: shown.Year,
            Detail: $"{review.State.File} (tinjauan {id}), {Application.Dashboards.Labels.DataNoteLabels.Location(shown.Table, shown.Line)}: " +
                    $"{shown.Subject}, {shown.What}: tercetak '{shown.Printed}' → {(text.Length == 0 ? "perbaikan dibatalkan" : $"'{text}'")}"));
        return null;
    }

    private const string AlreadyLoaded = "Tinjauan ini sudah dimuat; unggah laporannya lagi untuk tinjauan baru.";

    private StoredReview Require(string tenant, string id)
    {
        operators.TenantName(tenant);
        return store.Find(tenant, id) ?? throw DashboardRequestException.NotFound("Tinjauan tidak ditemukan", "Laporan yang ditinjau itu tidak ada.", "review");
    }

    private HashSet<string> Captions(StoredReview review) =>
        [.. ReviewFigures.Of(extractions.Of(review)).Select(f => f.Table)];
}
