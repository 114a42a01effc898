using System.Text.Json.Serialization;

namespace Sakip.Analytics.Application.Dashboards.Definitions;

/// <summary>
/// A dashboard as written in dashboards/*.json (schema version 1): its parameters (the URL query
/// string) and its panels, each a named query shown as a chart and a table. Fields missing from the
/// file stay empty and are reported by <see cref="DashboardValidator"/>.
/// </summary>
public sealed class DashboardDefinition
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>The JSON Schema an editor validates the file with; ignored at run time.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public int SchemaVersion { get; init; }

    public string Id { get; init; } = "";

    /// <summary>The definition's own version (e.g. "1.2.0"), raised whenever its panels change.</summary>
    public string Version { get; init; } = "";

    public string Title { get; init; } = "";

    public string? Description { get; init; }

    /// <summary>Who it is for: publik, pimpinan, perencana, inspektorat.</summary>
    public IReadOnlyList<string> Audience { get; init; } = [];

    /// <summary>Position in the navigation.</summary>
    public int Order { get; init; }

    /// <summary>The dashboard a tenant's home page (/{tenant}) shows; exactly one has it.</summary>
    public bool Landing { get; init; }

    /// <summary>The dashboard /{tenant}/unit/{unit} shows (a unit's profile); at most one has it, with a "unit" parameter.</summary>
    public bool UnitPage { get; init; }

    public IReadOnlyList<ParameterDefinition> Parameters { get; init; } = [];

    public IReadOnlyList<PanelDefinition> Panels { get; init; } = [];

    /// <summary>The file it was read from, for messages.</summary>
    [JsonIgnore]
    public string FileName { get; set; } = "";

    public ParameterDefinition? Parameter(string name) => Parameters.FirstOrDefault(p => p.Name == name);

    public PanelDefinition? Panel(string id) => Panels.FirstOrDefault(p => p.Id == id);
}
