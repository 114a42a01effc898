using System.Text.Json;
using System.Text.Json.Serialization;
using Sakip.Analytics.Application.Dashboards.Panels;

namespace Sakip.Analytics.Application.Dashboards.Definitions;

/// <summary>Reads dashboards/*.json and validates them; any fault stops the load with the file and the fault named.</summary>
public static class DashboardLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static DashboardCatalog LoadFolder(string folder, PanelQueryCatalog queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        if (!Directory.Exists(folder))
        {
            throw new DashboardDefinitionException([$"{folder}: the dashboards folder does not exist"]);
        }

        var faults = new List<string>();
        var definitions = new List<DashboardDefinition>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            if (fileName.EndsWith(".schema.json", StringComparison.Ordinal))
            {
                continue;
            }

            var (definition, fileFaults) = Parse(File.ReadAllText(path), fileName, queries);
            faults.AddRange(fileFaults.Select(f => $"{fileName}: {f}"));
            if (definition is not null && fileFaults.Count == 0)
            {
                definitions.Add(definition);
            }
        }

        if (definitions.Count == 0 && faults.Count == 0)
        {
            faults.Add($"{folder}: no dashboard definitions (*.json) found");
        }

        faults.AddRange(DashboardValidator.ValidateSet(definitions));
        return faults.Count > 0 ? throw new DashboardDefinitionException(faults) : new DashboardCatalog(definitions);
    }

    /// <summary>Parses and validates one definition; faults do not carry the file name.</summary>
    public static (DashboardDefinition? Definition, IReadOnlyList<string> Faults) Parse(string json, string fileName, PanelQueryCatalog queries)
    {
        DashboardDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize<DashboardDefinition>(json, Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}" : "";
            return (null, [$"invalid JSON{where}: {ex.Message}"]);
        }

        if (definition is null)
        {
            return (null, ["the file holds no definition"]);
        }

        definition.FileName = fileName;
        return (definition, DashboardValidator.Validate(definition, queries));
    }
}
