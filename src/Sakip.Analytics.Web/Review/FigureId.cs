using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Web.Review;

/// <summary>
/// One figure of an extraction, by the position of its fact in the extraction's lists (the same report
/// read with the same settings gives the same lists) and, for facts holding several figures, the field:
/// "i12" (an indicator value), "b5-pagu", "a3-total", "a3-evaluasi_internal", "k0-ikm".
/// </summary>
public readonly partial record struct FigureId(Dataset Dataset, int Index, string Field)
{
    public const string Value = "value";
    public const string Pagu = "pagu";
    public const string Realisasi = "realisasi";
    public const string Percent = "persen";
    public const string Total = "total";
    public const string Ikm = "ikm";
    public const string Nrr = "nrr";

    public override string ToString() => Dataset switch
    {
        Dataset.Indicators => $"i{Index.ToString(CultureInfo.InvariantCulture)}",
        Dataset.Budget => $"b{Index.ToString(CultureInfo.InvariantCulture)}-{Field}",
        Dataset.Akip => $"a{Index.ToString(CultureInfo.InvariantCulture)}-{Field}",
        _ => $"k{Index.ToString(CultureInfo.InvariantCulture)}-{Field}",
    };

    public static bool TryParse(string? text, out FigureId id)
    {
        id = default;
        var match = Pattern().Match(text ?? "");
        if (!match.Success || !int.TryParse(match.Groups["index"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return false;
        }

        var dataset = match.Groups["set"].Value switch
        {
            "i" => Dataset.Indicators,
            "b" => Dataset.Budget,
            "a" => Dataset.Akip,
            _ => Dataset.Ikm,
        };
        var field = match.Groups["field"].Success ? match.Groups["field"].Value : Value;
        if ((dataset == Dataset.Indicators) != (field == Value))
        {
            return false;
        }

        id = new FigureId(dataset, index, field);
        return true;
    }

    [GeneratedRegex("^(?<set>[ibak])(?<index>[0-9]{1,6})(?:-(?<field>[a-z_]{2,30}))?$")]
    private static partial Regex Pattern();
}
