using Sakip.Analytics.Application.Dashboards.Definitions;

namespace Sakip.Analytics.Application.Dashboards.Parameters;

/// <summary>
/// Turns query-string values (or the defaults) into validated parameter values. Unknown units,
/// indicators and years without data are 404; malformed values, unknown measures and kinds are 400.
/// </summary>
public static partial class ParameterBinder
{
    public static (ParameterValues Values, IReadOnlyDictionary<string, string> Canonical) Bind(
        IReadOnlyList<ParameterDefinition> parameters,
        IReadOnlyDictionary<string, IReadOnlyList<string>> query,
        BindingContext context)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(context);
        var values = new ParameterValues();
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        // Units first: "same-kind" and "first-iku" defaults are relative to the chosen unit.
        foreach (var parameter in parameters.OrderBy(p => p.Type == "unit" ? 0 : 1))
        {
            var type = ParameterTypes.Parse(parameter.Type) ?? throw new InvalidOperationException($"Parameter {parameter.Name} has an unchecked type.");
            var requested = Requested(query, parameter.Name);
            var value = requested is null
                ? Resolve(type, parameter.Default ?? "", parameter.Name, context, fromRequest: false)
                : Resolve(type, requested, parameter.Name, context, fromRequest: true);
            values.Set(parameter.Name, value);
            canonical[parameter.Name] = Canonical(value);
        }

        CheckRange(values, "from", "to");
        return (values, canonical);
    }

    /// <summary>A panel's query parameters: "$name" takes the dashboard's value, anything else is a constant.</summary>
    public static ParameterValues BindPanel(
        PanelDefinition panel,
        IEnumerable<Panels.QueryParameter> queryParameters,
        ParameterValues dashboard,
        BindingContext context)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(queryParameters);
        ArgumentNullException.ThrowIfNull(dashboard);
        var values = new ParameterValues();
        foreach (var parameter in queryParameters)
        {
            if (panel.Bind.TryGetValue(parameter.Name, out var binding) && !binding.StartsWith('$'))
            {
                values.Set(parameter.Name, Resolve(parameter.Type, binding, parameter.Name, context, fromRequest: false));
                continue;
            }

            var source = binding is null ? parameter.Name : binding[1..];
            if (dashboard.All.TryGetValue(source, out var value))
            {
                values.Set(parameter.Name, value);
            }
        }

        return values;
    }

    private static string? Requested(IReadOnlyDictionary<string, IReadOnlyList<string>> query, string name)
    {
        if (!query.TryGetValue(name, out var raw))
        {
            return null;
        }

        var joined = string.Join(',', raw.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()));
        return joined.Length == 0 ? null : joined;
    }

    private static void CheckRange(ParameterValues values, string from, string to)
    {
        if (values.OptionalYear(from) is { } start && values.OptionalYear(to) is { } end && start > end)
        {
            throw DashboardRequestException.BadRequest(
                "Rentang tahun tidak valid", $"Tahun awal {start} lebih besar dari tahun akhir {end}.", from);
        }
    }
}
