using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Application.Dashboards.Measures;

namespace Sakip.Analytics.Application.Dashboards.Parameters;

/// <summary>The parameter types' names in definition files, and which literals and tokens each accepts.</summary>
public static partial class ParameterTypes
{
    public const string Latest = "latest";
    public const string First = "first";
    public const string Earliest = "earliest";
    public const string Horizon = "horizon";
    public const string Reporting = "reporting";
    public const string SameKind = "same-kind";
    public const string AllUnits = "all";
    public const string FirstIku = "first-iku";

    private static readonly Dictionary<string, ParameterType> Names = new(StringComparer.Ordinal)
    {
        ["year"] = ParameterType.Year,
        ["unit"] = ParameterType.Unit,
        ["units"] = ParameterType.Units,
        ["unitKind"] = ParameterType.UnitKind,
        ["measure"] = ParameterType.Measure,
        ["measures"] = ParameterType.Measures,
        ["indicator"] = ParameterType.Indicator,
    };

    public static string KnownNames => string.Join(", ", Names.Keys);

    public static ParameterType? Parse(string name) => Names.TryGetValue(name, out var type) ? type : null;

    public static string Name(ParameterType type) => Names.First(n => n.Value == type).Key;

    /// <summary>Why <paramref name="literal"/> cannot be a value or default of <paramref name="type"/>; null when it can.</summary>
    public static string? CheckLiteral(ParameterType type, string literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return type switch
        {
            ParameterType.Year when literal is Latest or First or Earliest or Horizon || LatestMinus().IsMatch(literal) => null,
            ParameterType.Year when int.TryParse(literal, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100 => null,
            ParameterType.Year => $"'{literal}' is not a year (2000-2100) nor latest, first, latest-N, earliest or horizon",
            ParameterType.Unit when literal == Reporting || Slug().IsMatch(literal) => null,
            ParameterType.Unit => $"'{literal}' is not a unit slug nor '{Reporting}'",
            ParameterType.Units when literal.Length == 0 || literal is SameKind or AllUnits => null,
            ParameterType.Units => SplitList(literal).FirstOrDefault(s => !Slug().IsMatch(s)) is { } bad ? $"'{bad}' is not a unit slug" : null,
            ParameterType.UnitKind => UnitKinds.IsKnownFilter(literal) ? null : $"'{literal}' is not a unit kind filter",
            ParameterType.Measure => MeasureCatalog.Find(literal) is null ? $"unknown measure '{literal}' (known: {MeasureCatalog.Keys})" : null,
            ParameterType.Measures => SplitList(literal).FirstOrDefault(m => MeasureCatalog.Find(m) is null) is { } bad
                ? $"unknown measure '{bad}' (known: {MeasureCatalog.Keys})"
                : null,
            _ => null,
        };
    }

    public static IReadOnlyList<string> SplitList(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Parses latest-N; null for anything else.</summary>
    public static int? LatestOffset(string literal)
    {
        var match = LatestMinus().Match(literal);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex("^latest-([0-9]{1,2})$")]
    private static partial Regex LatestMinus();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex Slug();
}
