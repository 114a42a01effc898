using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Web.Review;

/// <summary>Every figure of an extraction that the Operator may check and correct, in the order of the report's lists.</summary>
public static class ReviewFigures
{
    public static IReadOnlyList<ReviewFigure> Of(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var figures = new List<ReviewFigure>();
        figures.AddRange(result.Indicators.Select((v, i) => new ReviewFigure(
            new FigureId(Dataset.Indicators, i, FigureId.Value), v.Source.Table, v.Source.Line, v.Source.Confidence, v.Unit, v.Year,
            v.Goal is null ? v.Indicator : $"{v.Indicator} ({v.Goal})",
            $"{ValueKinds.Label(v.Kind.ToSlug())} · {ValueKinds.Level(v.Level.ToSlug())}",
            v.Text, v.Value)
        {
            RowKey = RowKeys.Of(Dataset.Indicators, v.Source.Table, v.Source.Line, v.Year, v.Kind.ToSlug()),
        }));
        for (var i = 0; i < result.Budget.Count; i++)
        {
            figures.AddRange(Budget(result.Budget[i], i));
        }

        for (var i = 0; i < result.Akip.Count; i++)
        {
            figures.AddRange(Akip(result.Akip[i], i));
        }

        for (var i = 0; i < result.Ikm.Count; i++)
        {
            figures.AddRange(Ikm(result.Ikm[i], i));
        }

        return figures;
    }

    private static IEnumerable<ReviewFigure> Budget(ExtractedBudgetLine line, int index)
    {
        var subject = line.Code is null ? line.Name : $"{line.Code} {line.Name}";
        var level = ValueKinds.Level(line.Level.ToSlug());
        ReviewFigure Figure(string field, string what, decimal value, string printed) => new(
            new FigureId(Dataset.Budget, index, field), line.Source.Table, line.Source.Line, line.Source.Confidence, line.Unit, line.Year,
            subject, $"{what} · {level}", printed, value)
        {
            RowKey = RowKeys.Of(Dataset.Budget, line.Source.Table, line.Source.Line, line.Year, ""),
        };

        if (line.Pagu is { } pagu)
        {
            yield return Figure(FigureId.Pagu, "Pagu", pagu, IdFormat.Money(pagu));
        }

        if (line.Realisasi is { } realisasi)
        {
            yield return Figure(FigureId.Realisasi, "Realisasi", realisasi, IdFormat.Money(realisasi));
        }

        if (line.ReportedPercent is { } percent)
        {
            yield return Figure(FigureId.Percent, "Penyerapan tercetak", percent, IdFormat.Percent(percent));
        }

        foreach (var (field, what, amount) in BelanjaGroups(line))
        {
            yield return Figure(field, what, amount, IdFormat.Money(amount));
        }
    }

    /// <summary>The realisasi per belanja group and the leftover a line prints beside its totals.</summary>
    private static IEnumerable<(string Field, string What, decimal Amount)> BelanjaGroups(ExtractedBudgetLine line)
    {
        if (line.RealisasiPegawai is { } pegawai)
        {
            yield return (FigureId.Pegawai, "Realisasi belanja pegawai", pegawai);
        }

        if (line.RealisasiBarangJasa is { } barang)
        {
            yield return (FigureId.BarangJasa, "Realisasi belanja barang dan jasa", barang);
        }

        if (line.RealisasiModal is { } modal)
        {
            yield return (FigureId.Modal, "Realisasi belanja modal", modal);
        }

        if (line.Sisa is { } sisa)
        {
            yield return (FigureId.Sisa, "Sisa anggaran", sisa);
        }
    }

    private static IEnumerable<ReviewFigure> Akip(ExtractedAkip akip, int index)
    {
        var subject = $"AKIP {(akip.Kind == AkipValueKind.Target ? "target" : "realisasi")} {akip.Unit}";
        ReviewFigure Figure(string field, string what, decimal value, string printed, int line) => new(
            new FigureId(Dataset.Akip, index, field), akip.Source.Table, line, akip.Source.Confidence, akip.Unit, akip.Year,
            subject, what, printed, value)
        {
            RowKey = RowKeys.Of(Dataset.Akip, akip.Source.Table, akip.Source.Line, akip.Year, akip.Kind.ToSlug()),
        };

        if (akip.Total is { } total)
        {
            yield return Figure(FigureId.Total, akip.Predikat is null ? "Nilai AKIP" : $"Nilai AKIP · predikat {akip.Predikat}", total,
                akip.TotalText ?? IdFormat.Number(total), akip.Source.Line);
        }

        foreach (var (component, score) in akip.Components.OrderBy(c => c.Key))
        {
            var line = akip.ComponentLines.TryGetValue(component, out var l) ? l : akip.Source.Line;
            yield return Figure(component.ToSlug(), AkipLabels.Component(component), score, IdFormat.Number(score), line);
        }
    }

    private static IEnumerable<ReviewFigure> Ikm(ExtractedIkm ikm, int index)
    {
        var subject = $"IKM {ikm.Unit}";
        if (ikm.Ikm is { } value)
        {
            yield return new ReviewFigure(new FigureId(Dataset.Ikm, index, FigureId.Ikm), ikm.Source.Table, ikm.Source.Line, ikm.Source.Confidence,
                ikm.Unit, ikm.Year, subject, ikm.Mutu is null ? "IKM" : $"IKM · mutu {ikm.Mutu}", IdFormat.Number(value), value)
            {
                RowKey = RowKeys.Of(Dataset.Ikm, ikm.Source.Table, ikm.Source.Line, ikm.Year, ""),
            };
        }

        if (ikm.NrrWeightedTotal is { } nrr)
        {
            yield return new ReviewFigure(new FigureId(Dataset.Ikm, index, FigureId.Nrr), ikm.Source.Table, ikm.NrrWeightedTotalLine ?? ikm.Source.Line,
                ikm.Source.Confidence, ikm.Unit, ikm.Year, subject, "NRR tertimbang", IdFormat.Number(nrr, 4), nrr)
            {
                RowKey = RowKeys.Of(Dataset.Ikm, ikm.Source.Table, ikm.Source.Line, ikm.Year, ""),
            };
        }

        for (var position = 0; position < ikm.Elements.Count; position++)
        {
            if (ikm.Elements[position] is { Nrr: { } elementNrr } element)
            {
                yield return new ReviewFigure(new FigureId(Dataset.Ikm, index, FigureId.Element(position)), ikm.Source.Table, element.Line,
                    ikm.Source.Confidence, ikm.Unit, ikm.Year, subject, $"NRR unsur {element.Name}", IdFormat.Number(elementNrr, 2), elementNrr)
                {
                    RowKey = RowKeys.Of(Dataset.Ikm, ikm.Source.Table, ikm.Source.Line, ikm.Year, ""),
                };
            }
        }
    }
}
