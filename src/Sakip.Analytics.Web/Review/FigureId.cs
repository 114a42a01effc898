using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Web.Review;

/// <summary>
/// One figure of an extraction, by the position of its fact in the extraction's lists (the same report
/// read with the same settings gives the same lists) and, for facts holding several figures, the field:
/// "i12" (an indicator value), "b5-pagu", "b5-pegawai", "a3-total", "a3-evaluasi_internal", "k0-ikm", "k0-unsur_2" (the NRR of
/// the survey's third element as listed).
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
    public const string Pegawai = "pegawai";
    public const string BarangJasa = "barang_jasa";
    public const string Modal = "modal";
    public const string Sisa = "sisa";
    public const string ElementPrefix = "unsur_";

    /// <summary>The field of the NRR of the element at <paramref name="position"/> in a survey's list.</summary>
    public static string Element(int position) => ElementPrefix + position.ToString(CultureInfo.InvariantCulture);

    /// <summary>The element position a field like "unsur_2" names.</summary>
    public static int? ElementPosition(string field) =>
        field.StartsWith(ElementPrefix, StringComparison.Ordinal)
        && int.TryParse(field.AsSpan(ElementPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position : null;

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

    [GeneratedRegex("^(?<set>[ibak])(?<index>[0-9]{1,6})(?:-(?<field>[a-z_]{2,30}[0-9]{0,2}))?$")]
    private static partial Regex Pattern();
}
