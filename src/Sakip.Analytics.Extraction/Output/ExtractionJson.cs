using System.Text.Json;
using System.Text.Json.Serialization;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Output;

/// <summary>Writes an extraction as a gold-schema JSON file and reads gold files back.</summary>
public static class ExtractionJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(ExtractionResult result) => JsonSerializer.Serialize(ToGold(result), Options);

    public static void Write(ExtractionResult result, string path) => File.WriteAllText(path, Serialize(result) + "\n");

    public static GoldFile Read(string path) =>
        JsonSerializer.Deserialize<GoldFile>(File.ReadAllText(path), Options) ?? throw new InvalidDataException($"'{path}' holds no gold facts.");

    public static GoldFile ToGold(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new GoldFile
        {
            Document = Document(result),
            Indicators = [.. Indicators(result.Indicators)],
            Budget = [.. result.Budget.Select(Budget)],
            Akip = [.. result.Akip.Select(Akip)],
            Ikm = [.. result.Ikm.Select(Ikm)],
            SasaranCapaian = Averages(result.AverageCapaian.Where(a => !a.IsIkuAverage)),
            IkuAverageCapaian = Averages(result.AverageCapaian.Where(a => a.IsIkuAverage)),
            Inconsistencies = [.. result.Findings.Select(Finding)],
        };
    }

    private static GoldDocument Document(ExtractionResult result)
    {
        var profile = result.Document;
        return new GoldDocument
        {
            File = profile.File,
            Tenant = profile.Tenant,
            TenantKind = profile.TenantKind?.ToSlug(),
            Province = profile.Province,
            Unit = profile.Unit,
            UnitKind = profile.UnitKind.ToSlug(),
            UnitNameVariants = [.. profile.UnitNameVariants],
            ReportYear = profile.ReportYear,
            RenstraPeriod = profile.RenstraPeriod,
            HeadOfUnit = profile.HeadOfUnit,
            CapaianScale = [.. result.ScaleOf(ScaleKind.Capaian).Select(b => new GoldScaleBand { Min = b.Min, Max = b.Max, Label = b.Label, Line = b.Source.Line })],
        };
    }

    private static IEnumerable<GoldIndicator> Indicators(IEnumerable<ExtractedIndicatorValue> values) =>
        values.GroupBy(v => (v.Unit, v.Level, v.Goal, v.Indicator))
            .Select(g => new GoldIndicator
            {
                Unit = g.Key.Unit,
                Level = g.Key.Level.ToSlug(),
                Goal = g.Key.Goal,
                Name = g.Key.Indicator,
                Satuan = g.Select(v => v.Satuan).FirstOrDefault(s => s is not null),
                Polarity = g.First().Polarity.ToSlug(),
                Values = [.. g.Select(v => new GoldValue
                {
                    Year = v.Year,
                    Kind = v.Kind.ToSlug(),
                    Value = v.Value,
                    Text = v.Text,
                    Grade = v.Grade,
                    Table = v.Source.Table,
                    Line = v.Source.Line,
                    Confidence = Math.Round(v.Source.Confidence, 2),
                    Category = v.Category,
                })],
            });

    private static List<GoldAverageCapaian>? Averages(IEnumerable<ExtractedAverageCapaian> averages)
    {
        var list = averages.Select(a => new GoldAverageCapaian
        {
            Unit = a.Unit,
            Goal = a.Goal,
            Year = a.Year,
            Value = a.Value,
            Text = a.Text,
            Table = a.Source.Table,
            Line = a.Source.Line,
            Confidence = Math.Round(a.Source.Confidence, 2),
        }).ToList();
        return list.Count > 0 ? list : null;
    }

    private static GoldBudgetLine Budget(ExtractedBudgetLine line) => new()
    {
        Unit = line.Unit,
        Year = line.Year,
        Level = line.Level.ToSlug(),
        Code = line.Code,
        Name = line.Name,
        Stage = line.Stage.ToSlug(),
        Pagu = line.Pagu,
        Realisasi = line.Realisasi,
        ReportedPercent = line.ReportedPercent,
        Table = line.Source.Table,
        Line = line.Source.Line,
        Confidence = Math.Round(line.Source.Confidence, 2),
        ParentLine = line.ParentLine,
    };

    private static GoldAkip Akip(ExtractedAkip akip) => new()
    {
        Unit = akip.Unit,
        Year = akip.Year,
        Kind = akip.Kind.ToSlug(),
        Components = new GoldAkipComponents
        {
            Perencanaan = akip.Components.TryGetValue(AkipComponent.Perencanaan, out var p) ? p : null,
            Pengukuran = akip.Components.TryGetValue(AkipComponent.Pengukuran, out var u) ? u : null,
            Pelaporan = akip.Components.TryGetValue(AkipComponent.Pelaporan, out var l) ? l : null,
            EvaluasiInternal = akip.Components.TryGetValue(AkipComponent.EvaluasiInternal, out var e) ? e : null,
            Capaian = akip.Components.TryGetValue(AkipComponent.Capaian, out var c) ? c : null,
        },
        Total = akip.Total,
        Category = akip.Predikat,
        Evaluator = akip.Evaluator,
        Regulation = akip.Regulation.ToSlug(),
        Table = akip.Source.Table,
        Line = akip.Source.Line,
        Confidence = Math.Round(akip.Source.Confidence, 2),
    };

    private static GoldIkm Ikm(ExtractedIkm ikm) => new()
    {
        Unit = ikm.Unit,
        Year = ikm.Year,
        Respondents = ikm.Respondents,
        Elements = [.. ikm.Elements.Select(e => new GoldIkmElement { Name = e.Name, Nrr = e.Nrr, NrrWeighted = e.NrrWeighted, Line = e.Line })],
        NrrWeightedTotal = ikm.NrrWeightedTotal,
        Ikm = ikm.Ikm,
        Grade = ikm.Mutu,
        Table = ikm.Source.Table,
        Line = ikm.Source.Line,
        Confidence = Math.Round(ikm.Source.Confidence, 2),
    };

    private static GoldInconsistency Finding(AuditFinding finding) => new()
    {
        Kind = finding.Kind.ToSlug(),
        Description = finding.Description,
        Lines = [.. finding.Lines],
        Locations =
        [
            Location(finding.Reported),
            Location(finding.Expected),
        ],
    };

    private static GoldLocation Location(FindingValue value) => new()
    {
        Label = value.Label,
        Value = value.Value,
        Text = value.Text,
        Table = value.Location.Table,
        Line = value.Location.Line,
    };
}
