using System.Globalization;
using Sakip.Analytics.Application.Dashboards.Measures;
using Sakip.Analytics.Application.Dashboards.ReadModel;

namespace Sakip.Analytics.Application.Dashboards.Parameters;

public static partial class ParameterBinder
{
    private static object? Resolve(ParameterType type, string raw, string name, BindingContext context, bool fromRequest) => type switch
    {
        ParameterType.Year => ResolveYear(raw, name, context, fromRequest),
        ParameterType.Unit => ResolveUnit(raw, name, context),
        ParameterType.Units => ResolveUnits(raw, name, context),
        ParameterType.UnitKind => ParameterTypes.CheckLiteral(type, raw) is { } fault
            ? throw DashboardRequestException.BadRequest("Jenis unit tidak dikenal", $"Jenis unit '{raw}' tidak dikenal.", name)
            : raw.Length == 0 ? Labels.UnitKinds.All : raw,
        ParameterType.Measure => ResolveMeasures(raw, name)[0],
        ParameterType.Measures => ResolveMeasures(raw, name),
        ParameterType.Indicator => ResolveIndicator(raw, name, context),
        _ => raw,
    };

    private static int ResolveYear(string raw, string name, BindingContext context, bool fromRequest)
    {
        var tenant = context.Tenant;
        if (tenant.LastYear is not { } last || tenant.FirstYear is not { } first)
        {
            throw DashboardRequestException.NotFound("Belum ada data", $"{tenant.Name} belum memiliki data yang diterbitkan.", "tenant");
        }

        if (!fromRequest)
        {
            return raw switch
            {
                ParameterTypes.Latest or "" => last,
                ParameterTypes.First => first,
                ParameterTypes.Earliest => tenant.Years[0],
                ParameterTypes.Horizon => tenant.Years[^1],
                _ when ParameterTypes.LatestOffset(raw) is { } offset => Math.Max(first, last - offset),
                _ => int.Parse(raw, CultureInfo.InvariantCulture),
            };
        }

        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
        {
            throw DashboardRequestException.BadRequest("Tahun tidak valid", $"'{raw}' bukan tahun (2000-2100).", name);
        }

        return tenant.Years.Contains(year)
            ? year
            : throw DashboardRequestException.NotFound(
                "Tahun tidak tersedia",
                $"Tidak ada data tahun {year} untuk {tenant.Name}; tahun yang tersedia: {string.Join(", ", tenant.Years)}.",
                name);
    }

    private static string ResolveUnit(string raw, string name, BindingContext context)
    {
        var unit = raw is "" or ParameterTypes.Reporting
            ? context.ReportingUnit ?? throw DashboardRequestException.NotFound("Belum ada unit", $"{context.Tenant.Name} belum memiliki unit.", "tenant")
            : FindUnit(raw, name, context);
        context.FocalUnit ??= unit;
        return unit.Unit;
    }

    private static List<string> ResolveUnits(string raw, string name, BindingContext context)
    {
        var focal = context.FocalUnit ?? context.ReportingUnit;
        return raw switch
        {
            "" => [],
            ParameterTypes.AllUnits => [.. context.Units.Select(u => u.Unit)],
            ParameterTypes.SameKind => [.. context.Units.Where(u => u.Kind == focal?.Kind).Select(u => u.Unit)],
            _ => [.. ParameterTypes.SplitList(raw).Distinct(StringComparer.Ordinal).Select(slug => FindUnit(slug, name, context).Unit)],
        };
    }

    private static UnitEntry FindUnit(string slug, string name, BindingContext context) =>
        context.Units.FirstOrDefault(u => u.Unit == slug)
        ?? throw DashboardRequestException.NotFound(
            "Unit tidak ditemukan", $"Unit '{slug}' tidak dikenal di {context.Tenant.Name}.", name);

    private static List<MeasureDefinition> ResolveMeasures(string raw, string name)
    {
        var keys = ParameterTypes.SplitList(raw);
        if (keys.Count == 0)
        {
            throw DashboardRequestException.BadRequest("Ukuran belum dipilih", $"Pilih ukuran: {MeasureCatalog.Keys}.", name);
        }

        return [.. keys.Select(key => MeasureCatalog.Find(key) ?? throw DashboardRequestException.BadRequest(
            "Ukuran tidak dikenal", $"Ukuran '{key}' tidak dikenal; pilih salah satu dari: {MeasureCatalog.Keys}.", name))];
    }

    private static string ResolveIndicator(string raw, string name, BindingContext context)
    {
        if (raw.Length == 0)
        {
            return "";
        }

        if (raw == ParameterTypes.FirstIku)
        {
            var focal = context.FocalUnit ?? context.ReportingUnit;
            return context.Indicators.FirstOrDefault(i => i.IsIku && i.Unit == focal?.Unit)?.Name
                ?? context.Indicators.FirstOrDefault(i => i.IsIku)?.Name
                ?? "";
        }

        var wanted = Indicators.IkuPatterns.Normalize(raw);
        return context.Indicators.FirstOrDefault(i => i.Normalized == wanted)?.Name
            ?? throw DashboardRequestException.NotFound(
                "Indikator tidak ditemukan", $"Tidak ada indikator bernama '{raw}' di {context.Tenant.Name}.", name);
    }

    private static string Canonical(object? value) => value switch
    {
        null => "",
        int year => year.ToString(CultureInfo.InvariantCulture),
        MeasureDefinition measure => measure.Key,
        IEnumerable<MeasureDefinition> measures => string.Join(',', measures.Select(m => m.Key)),
        IEnumerable<string> list when value is not string => string.Join(',', list),
        _ => value.ToString() ?? "",
    };
}
