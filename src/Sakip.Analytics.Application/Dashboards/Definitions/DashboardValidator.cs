using System.Text.RegularExpressions;
using Sakip.Analytics.Application.Dashboards.Panels;
using Sakip.Analytics.Application.Dashboards.Parameters;

namespace Sakip.Analytics.Application.Dashboards.Definitions;

/// <summary>Checks a definition against the schema, the panel query catalog and the chart types.</summary>
public static partial class DashboardValidator
{
    public static IReadOnlyList<string> KnownAudiences { get; } = ["publik", "pimpinan", "perencana", "inspektorat"];

    /// <summary>Dashboard ids that would collide with fixed routes under /{tenant}/.</summary>
    public static IReadOnlyList<string> ReservedIds { get; } = ["unit", "api", "lib", "css", "js"];

    /// <summary>Every fault of one definition, each a sentence naming the element at fault.</summary>
    public static IReadOnlyList<string> Validate(DashboardDefinition definition, PanelQueryCatalog queries)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(queries);
        var faults = new List<string>();
        if (definition.SchemaVersion != DashboardDefinition.CurrentSchemaVersion)
        {
            faults.Add($"schemaVersion must be {DashboardDefinition.CurrentSchemaVersion}, found {definition.SchemaVersion}");
        }

        if (!ParameterTypes.Slug().IsMatch(definition.Id))
        {
            faults.Add(definition.Id.Length == 0 ? "missing id" : $"id '{definition.Id}' is not a slug (a-z, 0-9, -)");
        }
        else if (ReservedIds.Contains(definition.Id))
        {
            faults.Add($"id '{definition.Id}' is reserved");
        }

        if (!VersionPattern().IsMatch(definition.Version))
        {
            faults.Add(definition.Version.Length == 0 ? "missing version" : $"version '{definition.Version}' is not like 1.0.0");
        }

        if (string.IsNullOrWhiteSpace(definition.Title))
        {
            faults.Add("missing title");
        }

        if (definition.Audience.Count == 0)
        {
            faults.Add($"missing audience (one or more of {string.Join(", ", KnownAudiences)})");
        }

        faults.AddRange(definition.Audience.Where(a => !KnownAudiences.Contains(a)).Select(a => $"unknown audience '{a}'"));
        ValidateParameters(definition, faults);
        if (definition.UnitPage && definition.Parameter("unit")?.Type != "unit")
        {
            faults.Add("a dashboard with \"unitPage\": true needs a parameter named 'unit' of type unit");
        }

        if (definition.Panels.Count == 0)
        {
            faults.Add("a dashboard needs at least one panel");
        }

        faults.AddRange(definition.Panels.GroupBy(p => p.Id).Where(g => g.Key.Length > 0 && g.Count() > 1).Select(g => $"duplicate panel id '{g.Key}'"));
        foreach (var (panel, index) in definition.Panels.Select((p, i) => (p, i)))
        {
            PanelValidator.Validate(definition, panel, index, queries, faults);
        }

        return faults;
    }

    /// <summary>Faults across the set: duplicate ids and the number of landing dashboards.</summary>
    public static IReadOnlyList<string> ValidateSet(IReadOnlyList<DashboardDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var faults = definitions.GroupBy(d => d.Id).Where(g => g.Key.Length > 0 && g.Count() > 1)
            .Select(g => $"{string.Join(" and ", g.Select(d => d.FileName))}: duplicate dashboard id '{g.Key}'")
            .ToList();
        var landing = definitions.Where(d => d.Landing).ToList();
        if (definitions.Count > 0 && landing.Count != 1)
        {
            faults.Add(landing.Count == 0
                ? "no dashboard has \"landing\": true (the tenant home page needs exactly one)"
                : $"{string.Join(" and ", landing.Select(d => d.FileName))}: more than one dashboard has \"landing\": true");
        }

        var unitPages = definitions.Where(d => d.UnitPage).ToList();
        if (unitPages.Count > 1)
        {
            faults.Add($"{string.Join(" and ", unitPages.Select(d => d.FileName))}: more than one dashboard has \"unitPage\": true");
        }

        return faults;
    }

    private static void ValidateParameters(DashboardDefinition definition, List<string> faults)
    {
        faults.AddRange(definition.Parameters.GroupBy(p => p.Name).Where(g => g.Count() > 1).Select(g => $"duplicate parameter '{g.Key}'"));
        foreach (var parameter in definition.Parameters)
        {
            if (!ParameterTypes.Slug().IsMatch(parameter.Name.ToLowerInvariant()))
            {
                faults.Add(parameter.Name.Length == 0 ? "a parameter is missing its name" : $"parameter name '{parameter.Name}' is not a plain word");
                continue;
            }

            if (string.IsNullOrWhiteSpace(parameter.Label))
            {
                faults.Add($"parameter '{parameter.Name}' is missing its label");
            }

            if (ParameterTypes.Parse(parameter.Type) is not { } type)
            {
                faults.Add($"parameter '{parameter.Name}' has unknown type '{parameter.Type}' (known: {ParameterTypes.KnownNames})");
            }
            else if (parameter.Default is { } value && ParameterTypes.CheckLiteral(type, value) is { } fault)
            {
                faults.Add($"parameter '{parameter.Name}' default: {fault}");
            }
        }
    }

    [GeneratedRegex(@"^[0-9]+\.[0-9]+(\.[0-9]+)?$")]
    private static partial Regex VersionPattern();
}
