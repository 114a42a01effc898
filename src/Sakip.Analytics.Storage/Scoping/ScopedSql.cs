using System.Text.RegularExpressions;

namespace Sakip.Analytics.Storage.Scoping;

/// <summary>
/// SQL that reads facts only through the scoped table macros (scoped_*(&#36;tenant, &#36;drafts)).
/// Construction fails for SQL that names a fact table or view directly, or that never uses the
/// tenant parameter, so a query that forgets the scope cannot be written.
/// </summary>
public sealed partial record ScopedSql
{
    private static readonly string[] Unscoped =
    [
        "tenants", "units", "unit_aliases", "capaian_scales", "indicators", "indicator_values",
        "budget_lines", "akip_evaluations", "ikm_surveys", "batch_coverage", "batches", "publications",
        "current_coverage", "published_coverage", "visible_coverage", "current_indicator_values",
        "current_budget_lines", "current_akip_evaluations", "current_ikm_surveys", "current_facts_long",
        "data_notes",
    ];

    public ScopedSql(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (!TenantParameter().IsMatch(text))
        {
            throw new ArgumentException("Scoped SQL must use the $tenant parameter.", nameof(text));
        }

        var named = SourceNames().Matches(text).Select(m => m.Groups["name"].Value.ToLowerInvariant()).FirstOrDefault(Unscoped.Contains);
        if (named is not null)
        {
            throw new ArgumentException($"Scoped SQL must read '{named}' through its scoped_* macro.", nameof(text));
        }

        Text = text;
    }

    public string Text { get; }

    public static implicit operator ScopedSql(string text) => new(text);

    public static ScopedSql FromString(string text) => new(text);

    [GeneratedRegex(@"\$tenant\b")]
    private static partial Regex TenantParameter();

    // The relations a query reads: the names after FROM, JOIN and UNPIVOT (our SQL joins explicitly).
    [GeneratedRegex(@"\b(?:from|join|unpivot)\s+(?:main\.)?(?<name>[A-Za-z_][A-Za-z0-9_]*)", RegexOptions.IgnoreCase)]
    private static partial Regex SourceNames();
}
