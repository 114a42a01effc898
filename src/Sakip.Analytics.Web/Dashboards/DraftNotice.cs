using Sakip.Analytics.Application.Publishing;
using Sakip.Analytics.Application.Tenancy;

namespace Sakip.Analytics.Web.Dashboards;

/// <summary>The (year, dataset) pairs of a tenant whose newest batch is not published, shown to members as "Draf".</summary>
public sealed record DraftNotice(IReadOnlyList<PublicationState> Drafts)
{
    public static DraftNotice None { get; } = new([]);

    public bool Any => Drafts.Count > 0;

    public bool CoversYear(int year) => Drafts.Any(d => d.Year == year);

    public bool CoversRange(int from, int to) => Drafts.Any(d => d.Year >= from && d.Year <= to);

    /// <summary>Whether the page's selected years (year, from-to; all years without either) include a draft year.</summary>
    public bool CoversSelection(IReadOnlyDictionary<string, string> canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        if (!Any)
        {
            return false;
        }

        var year = Year(canonical, "year");
        var from = Year(canonical, "from");
        var to = Year(canonical, "to");
        if (year is null && from is null && to is null)
        {
            return true;
        }

        return (year is { } y && CoversYear(y)) || ((from ?? to) is { } f && (to ?? from) is { } t && CoversRange(f, t));
    }

    private static int? Year(IReadOnlyDictionary<string, string> canonical, string name) =>
        canonical.TryGetValue(name, out var text) && int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var year) ? year : null;

    public string Describe() => string.Join(", ", Drafts
        .OrderByDescending(d => d.Year).ThenBy(d => d.Dataset, StringComparer.Ordinal)
        .Select(d => $"{d.Year} {DatasetLabels.Of(d.Dataset)}{(d.IsPublished ? " (menggantikan versi terbit)" : "")}"));
}

/// <summary>Reads the draft notice for a scope: none for the published scope, so the public never learns of drafts.</summary>
public sealed class DraftNotices(IPublicationStore publications)
{
    public DraftNotice For(TenantScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IncludesDrafts)
        {
            return DraftNotice.None;
        }

        var drafts = publications.States(scope.Tenant).Where(s => s.HasUnpublishedDraft).ToList();
        return drafts.Count == 0 ? DraftNotice.None : new DraftNotice(drafts);
    }
}

public static class DatasetLabels
{
    public static string Of(string dataset) => dataset switch
    {
        "indicators" => "indikator",
        "budget" => "anggaran",
        "akip" => "AKIP",
        "ikm" => "IKM",
        _ => dataset,
    };
}
