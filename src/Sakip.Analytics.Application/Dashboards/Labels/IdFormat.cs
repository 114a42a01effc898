using System.Globalization;
using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Application.Dashboards.Labels;

/// <summary>Numbers and sources written into notes, in Indonesian format (86,98; Rp 1.234.567).</summary>
public static class IdFormat
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("id-ID");

    public static string Number(decimal value, int decimals = 2) => value.ToString($"N{decimals}", Culture);

    public static string Percent(decimal value) => Number(value) + "%";

    public static string Money(decimal value) => "Rp " + value.ToString("N0", Culture);

    public static string Source(Provenance source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parts = new List<string> { source.Document };
        if (!string.IsNullOrWhiteSpace(source.Table))
        {
            parts.Add(source.Table);
        }

        if (source.Line is { } line)
        {
            parts.Add($"baris {line}");
        }

        return string.Join(", ", parts);
    }
}
