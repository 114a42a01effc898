using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Parsing;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Web.Review;

/// <summary>
/// The Operator's corrections applied to an extraction: each replaces one figure by the value typed
/// (read the way the reports print numbers). Everything else stays as extracted; the original is not changed.
/// </summary>
public static class ReviewEdits
{
    /// <summary>Why <paramref name="text"/> cannot replace the figure, or null when it can.</summary>
    public static string? Problem(ExtractionResult result, FigureId id, string text)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!Exists(result, id))
        {
            return "Angka itu tidak ada dalam hasil ekstraksi.";
        }

        if (text.Length > 100)
        {
            return "Nilai terlalu panjang.";
        }

        return id.Dataset == Dataset.Indicators
            ? PrintedValues.TryParse(text, out _, out _) ? null : $"'{text}' bukan angka atau predikat seperti yang tercetak di laporan (mis. 86,98 atau BB (75,00))."
            : PrintedValues.TryParseNumber(text, out _) ? null : $"'{text}' bukan angka seperti yang tercetak di laporan (mis. 1.234.567 atau 94,71%).";
    }

    public static ExtractionResult Apply(ExtractionResult result, IReadOnlyDictionary<string, string> edits)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(edits);
        var indicators = result.Indicators.ToList();
        var budget = result.Budget.ToList();
        var akip = result.Akip.ToList();
        var ikm = result.Ikm.ToList();
        foreach (var (key, text) in edits)
        {
            if (!FigureId.TryParse(key, out var id) || Problem(result, id, text) is not null)
            {
                continue;
            }

            switch (id.Dataset)
            {
                case Dataset.Indicators:
                    indicators[id.Index] = Indicator(indicators[id.Index], text);
                    break;
                case Dataset.Budget:
                    budget[id.Index] = Budget(budget[id.Index], id.Field, Number(text));
                    break;
                case Dataset.Akip:
                    akip[id.Index] = Akip(akip[id.Index], id.Field, Number(text), text);
                    break;
                default:
                    ikm[id.Index] = Ikm(ikm[id.Index], id.Field, Number(text));
                    break;
            }
        }

        return result with { Indicators = indicators, Budget = budget, Akip = akip, Ikm = ikm };
    }

    private static bool Exists(ExtractionResult result, FigureId id) => id.Dataset switch
    {
        Dataset.Indicators => id.Index < result.Indicators.Count,
        Dataset.Budget => id.Index < result.Budget.Count
            && id.Field is FigureId.Pagu or FigureId.Realisasi or FigureId.Percent or FigureId.Pegawai or FigureId.BarangJasa or FigureId.Modal or FigureId.Sisa,
        Dataset.Akip => id.Index < result.Akip.Count && (id.Field == FigureId.Total || Slugs.TryParseSlug<AkipComponent>(id.Field, out _)),
        _ => id.Index < result.Ikm.Count
            && (id.Field is FigureId.Ikm or FigureId.Nrr || FigureId.ElementPosition(id.Field) is { } position && position < result.Ikm[id.Index].Elements.Count),
    };

    private static ExtractedIndicatorValue Indicator(ExtractedIndicatorValue value, string text)
    {
        var printed = PrintedValues.Parse(text);
        return value with { Text = text.Trim(), Value = printed.Number, Grade = printed.Grade };
    }

    private static ExtractedBudgetLine Budget(ExtractedBudgetLine line, string field, decimal value) => field switch
    {
        FigureId.Pagu => line with { Pagu = value },
        FigureId.Realisasi => line with { Realisasi = value },
        FigureId.Pegawai => line with { RealisasiPegawai = value },
        FigureId.BarangJasa => line with { RealisasiBarangJasa = value },
        FigureId.Modal => line with { RealisasiModal = value },
        FigureId.Sisa => line with { Sisa = value },
        _ => line with { ReportedPercent = value },
    };

    private static ExtractedIkm Ikm(ExtractedIkm ikm, string field, decimal value)
    {
        if (FigureId.ElementPosition(field) is not { } position)
        {
            return field == FigureId.Ikm ? ikm with { Ikm = value } : ikm with { NrrWeightedTotal = value };
        }

        var elements = ikm.Elements.ToList();
        elements[position] = elements[position] with { Nrr = value };
        return ikm with { Elements = elements };
    }

    private static ExtractedAkip Akip(ExtractedAkip akip, string field, decimal value, string text)
    {
        if (field == FigureId.Total)
        {
            return akip with { Total = value, TotalText = text.Trim() };
        }

        Slugs.TryParseSlug<AkipComponent>(field, out var component);
        var components = akip.Components.ToDictionary(c => c.Key, c => c.Value);
        components[component] = value;
        return akip with { Components = components };
    }

    private static decimal Number(string text) =>
        PrintedValues.TryParseNumber(text, out var number) ? number : throw new FormatException($"'{text}' is not a number.");
}
