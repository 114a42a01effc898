using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Output;

namespace Sakip.Analytics.Web.Review;

/// <summary>The batch a review loads, the findings it leaves out, or why it cannot be loaded.</summary>
public sealed record ReviewBatch(TemplateBatch? Batch, IReadOnlyList<AuditFinding> Unplaced, string? Problem)
{
    /// <summary>
    /// The reviewed extraction as a template batch of <paramref name="tenant"/>: the builder's batch with
    /// the tenant's own slugs for the units it knows (matched by name or alias), without the tenant row
    /// and the capaian scale (tenant settings an Operator's report does not change), and with the findings
    /// as data notes. A report of another pemda, or with nothing accepted, is not loadable.
    /// </summary>
    public static ReviewBatch Build(ExtractionResult reviewed, string tenant, ReviewSettings settings)
    {
        ArgumentNullException.ThrowIfNull(reviewed);
        ArgumentNullException.ThrowIfNull(settings);
        if (reviewed.Document.Tenant is { } named && NameKey(named) != NameKey(settings.TenantName))
        {
            return new ReviewBatch(null, [], $"Laporan ini milik {named}, bukan {settings.TenantName}: tidak dapat dimuat ke pemda ini.");
        }

        TemplateBatchDraft draft;
        try
        {
            draft = TemplateBatchBuilder.Draft(reviewed);
        }
        catch (InvalidOperationException)
        {
            return new ReviewBatch(null, [], "Laporan tidak menyebut kabupaten/kotanya; data tidak dapat dimuat.");
        }

        var batch = ForTenant(draft.Batch, tenant, settings.Units);
        return batch.Indicators.Count + batch.Budget.Count + batch.Akip.Count + batch.Ikm.Count == 0
            ? new ReviewBatch(null, draft.UnplacedFindings, "Tidak ada angka yang diterima: terima sedikitnya satu tabel berisi data.")
            : new ReviewBatch(batch, draft.UnplacedFindings, null);
    }

    private static TemplateBatch ForTenant(TemplateBatch batch, string tenant, IReadOnlyList<ReviewUnit> known)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in known)
        {
            foreach (var name in unit.Aliases.Prepend(unit.Name))
            {
                byName.TryAdd(NameKey(name), unit.Slug);
            }
        }

        var slugs = batch.Units.ToDictionary(u => u.Slug, u => byName.GetValueOrDefault(NameKey(u.Name), u.Slug), StringComparer.Ordinal);
        string Unit(string slug) => slugs.GetValueOrDefault(slug, slug);
        return batch with
        {
            Tenants = [],
            CapaianScales = [],
            Units = [.. batch.Units.Where(u => !byName.ContainsKey(NameKey(u.Name))).Select(u => u with { Tenant = tenant })],
            Indicators = [.. batch.Indicators.Select(f => f with { Tenant = tenant, Unit = Unit(f.Unit) })],
            Budget = [.. batch.Budget.Select(f => f with { Tenant = tenant, Unit = Unit(f.Unit) })],
            Akip = [.. batch.Akip.Select(f => f with { Tenant = tenant, Unit = Unit(f.Unit) })],
            Ikm = [.. batch.Ikm.Select(f => f with { Tenant = tenant, Unit = Unit(f.Unit) })],
            Notes = [.. batch.Notes.Select(n => n with { Tenant = tenant, Unit = Unit(n.Unit) })],
        };
    }

    /// <summary>A name compared without case, spaces or punctuation: "Kecamatan Sumber-Sari" = "KECAMATAN SUMBERSARI".</summary>
    private static string NameKey(string name) =>
        new([.. name.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
}
