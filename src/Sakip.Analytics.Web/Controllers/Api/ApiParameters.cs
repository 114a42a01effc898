using Sakip.Analytics.Application.Dashboards.Definitions;

namespace Sakip.Analytics.Web.Controllers.Api;

/// <summary>The parameters each API endpoint binds, declared like a dashboard's, so they are checked the same way.</summary>
internal static class ApiParameters
{
    public static ParameterDefinition Year(string name = "year", string fallback = "latest") => new() { Name = name, Type = "year", Label = name, Default = fallback };

    public static ParameterDefinition Kind => new() { Name = "kind", Type = "unitKind", Label = "kind", Default = "semua" };

    public static ParameterDefinition Unit => new() { Name = "unit", Type = "unit", Label = "unit" };

    public static ParameterDefinition Units(string name = "units") => new() { Name = name, Type = "units", Label = name, Default = "" };

    public static ParameterDefinition Measure(string name = "measure", string? fallback = null) => new() { Name = name, Type = "measure", Label = name, Default = fallback };

    public static ParameterDefinition Measures => new() { Name = "measures", Type = "measures", Label = "measures" };

    public static ParameterDefinition Indicator => new() { Name = "indicator", Type = "indicator", Label = "indicator", Default = "" };
}
