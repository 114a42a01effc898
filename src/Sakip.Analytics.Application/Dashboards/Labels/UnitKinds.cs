namespace Sakip.Analytics.Application.Dashboards.Labels;

/// <summary>Unit kinds as the interface names them, and the groups the filters offer.</summary>
public static class UnitKinds
{
    public const string All = "semua";

    private static readonly Dictionary<string, string> KindLabels = new(StringComparer.Ordinal)
    {
        ["kecamatan"] = "Kecamatan",
        ["dinas"] = "Dinas",
        ["badan"] = "Badan",
        ["sekretariat_daerah"] = "Sekretariat Daerah",
        ["sekretariat_dprd"] = "Sekretariat DPRD",
        ["inspektorat"] = "Inspektorat",
        ["satpol_pp"] = "Satpol PP",
        ["other"] = "Lainnya",
    };

    /// <summary>The filter groups: a key, its label and the unit kinds it holds.</summary>
    public static IReadOnlyList<(string Key, string Label, string[] Kinds)> Groups { get; } =
    [
        ("kecamatan", "Kecamatan", ["kecamatan"]),
        ("dinas-badan", "Dinas dan badan", ["dinas", "badan"]),
        ("sekretariat", "Sekretariat (Setda, Setwan)", ["sekretariat_daerah", "sekretariat_dprd"]),
        ("lainnya", "Inspektorat, Satpol PP dan lainnya", ["inspektorat", "satpol_pp", "other"]),
    ];

    public static string Label(string kind) => KindLabels.TryGetValue(kind, out var label) ? label : kind;

    /// <summary>True when <paramref name="filter"/> (all, a group key or a kind) admits <paramref name="kind"/>.</summary>
    public static bool Admits(string filter, string kind)
    {
        if (filter == All || filter == kind)
        {
            return true;
        }

        return Groups.Any(g => g.Key == filter && g.Kinds.Contains(kind, StringComparer.Ordinal));
    }

    public static bool IsKnownFilter(string filter) =>
        filter == All || KindLabels.ContainsKey(filter) || Groups.Any(g => g.Key == filter);

    /// <summary>Every filter value with its label, for a select list.</summary>
    public static IEnumerable<(string Value, string Label)> FilterOptions()
    {
        yield return (All, "Semua jenis");
        foreach (var group in Groups)
        {
            yield return (group.Key, group.Label);
        }

        foreach (var (kind, label) in KindLabels.Where(k => Groups.All(g => g.Key != k.Key)))
        {
            yield return (kind, label);
        }
    }
}
