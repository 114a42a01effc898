using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>
    /// The same indicator value (same unit, indicator, year and kind) printed in several tables and
    /// sentences: each value that disagrees with the one printed most often is a finding, with both places.
    /// </summary>
    private static void IndicatorCopies(ExtractionResult facts, List<AuditFinding> findings)
    {
        var superseded = SupersededTargets(facts);
        var secondOnRow = SecondOfKindOnRow(facts);
        var values = facts.Indicators.Where(v => v.Value is not null && !IsBoxLabel(v.Indicator) && !superseded.Contains(v) && !secondOnRow.Contains(v)).ToList();
        var clusters = new NameClusters(values.Select(v => v.Indicator), facts.Document.Unit, facts.Document.UnitNameVariants, 0.72, 1.0);
        var againstRenstra = CapaianAgainstRenstraTarget(facts);
        var againstRevised = CapaianAgainstRevisedTarget(facts);
        var groups = values.GroupBy(v => (v.Unit, Cluster: clusters.Of(v.Indicator), Individual: v.Level == IndicatorLevel.Individual ? v.Goal : null, v.Year, v.Kind,
            AgainstRenstra: againstRenstra.Contains(v), AgainstRevised: againstRevised.Contains(v)));
        foreach (var group in groups)
        {
            Disagreements(facts, [.. group], v => v.Value!.Value, v => v.Source, v => v.Text, v => v.Indicator,
                (subject, kind) => $"Nilai {KindWord(group.Key.Kind)} '{subject}' tahun {group.Key.Year}", findings);
        }
    }

    /// <summary>
    /// "Target awal ... sebesar 90% kemudian direvisi menjadi 100%": a first agreement's target named in a sentence beside
    /// its revision is no longer the target the tables print, so no copy of it.
    /// </summary>
    private static HashSet<ExtractedIndicatorValue> SupersededTargets(ExtractionResult facts) =>
        [.. facts.Indicators.Where(v => v.Source.IsProse).GroupBy(v => (v.Source.Line, v.Unit, v.Indicator, v.Year))
            .Where(said => said.Any(v => v.Kind == IndicatorValueKind.TargetRevised))
            .SelectMany(said => said.Where(v => v.Kind == IndicatorValueKind.Target)),
         .. RevisedInTables(facts)];

    /// <summary>
    /// "Target Awal 80 | Target Perubahan 85" on a PK row, and 85 as the year's target in the other tables: they print the
    /// revised target, so the first one is no copy of theirs. When one of them prints 80, or another figure, it stays one.
    /// </summary>
    private static IEnumerable<ExtractedIndicatorValue> RevisedInTables(ExtractionResult facts)
    {
        var targets = facts.Indicators.Where(v => v is { Kind: IndicatorValueKind.Target, Value: not null }).ToList();
        foreach (var row in facts.Indicators.Where(v => !v.Source.IsProse && v.Value is not null).GroupBy(v => (v.Source.Table, v.Source.Line, v.Unit, v.Indicator, v.Year)))
        {
            if (row.FirstOrDefault(v => v.Kind == IndicatorValueKind.Target) is not { } first
                || row.FirstOrDefault(v => v.Kind == IndicatorValueKind.TargetRevised) is not { } revised || first.Value == revised.Value)
            {
                continue;
            }

            var elsewhere = targets.Where(v => v.Source.Line != first.Source.Line && v.Unit == first.Unit && v.Year == first.Year
                && NameKey.Of(v.Indicator) == NameKey.Of(first.Indicator)).ToList();
            if (elsewhere.Count > 0 && elsewhere.TrueForAll(v => v.Value == revised.Value))
            {
                yield return first;
            }
        }
    }

    /// <summary>
    /// Capaian printed on a table row whose only target is the Renstra's for the year ("Target Renstra 2023 | Realisasi 2023 |
    /// Capaian"), and a capaian against the Renstra printed beside the Renstra's target for the year: measured against another
    /// target than the PK's or the end one, so no copy of the capaian the measurement table or the end-target table prints.
    /// </summary>
    private static HashSet<ExtractedIndicatorValue> CapaianAgainstRenstraTarget(ExtractionResult facts) =>
        [.. facts.Indicators.Where(v => !v.Source.IsProse).GroupBy(v => (v.Source.Table, v.Source.Line, v.Unit, v.Indicator, v.Year))
            .Where(row => row.Any(v => v.Kind == IndicatorValueKind.RenstraTarget) && !row.Any(v => v.Kind is IndicatorValueKind.Target or IndicatorValueKind.TargetRevised))
            .SelectMany(row => row.Where(v => v.Kind == IndicatorValueKind.ReportedCapaian)),
         .. RenstraCapaianAgainstYearTarget(facts)];

    /// <summary>
    /// Capaian printed on a table row beside a revised target that it is measured against ("Target Awal | Target Perubahan |
    /// Realisasi | Capaian", realization over the revised target): another measure than the capaian against the first
    /// agreement's target the other tables print, so no copy of it.
    /// </summary>
    private static HashSet<ExtractedIndicatorValue> CapaianAgainstRevisedTarget(ExtractionResult facts) =>
        [.. facts.Indicators.Where(v => !v.Source.IsProse).GroupBy(v => (v.Source.Table, v.Source.Line, v.Unit, v.Indicator, v.Year))
            .Where(row => row.Any(v => v.Kind == IndicatorValueKind.Target) && row.Any(v => v.Kind == IndicatorValueKind.TargetRevised))
            .SelectMany(row => row.Where(v => v.Kind == IndicatorValueKind.ReportedCapaian && IsNearerRevised(v, [.. row])))];

    /// <summary>Whether the capaian is nearer the one computed against the revised target than the one against the first.</summary>
    private static bool IsNearerRevised(ExtractedIndicatorValue capaian, List<ExtractedIndicatorValue> row)
    {
        decimal? Against(IndicatorValueKind kind) =>
            row.FirstOrDefault(v => v.Kind == kind)?.Value is { } target && row.FirstOrDefault(v => v.Kind == IndicatorValueKind.Realization)?.Value is { } realization
                ? CapaianCalculator.Compute(capaian.Polarity, target, realization, LowerIsBetterMethod.TargetOverRealization)
                : null;

        return Against(IndicatorValueKind.TargetRevised) is { } revised && Against(IndicatorValueKind.Target) is { } first
            && Math.Abs(revised - capaian.Value!.Value) < Math.Abs(first - capaian.Value!.Value);
    }

    /// <summary>
    /// Budget lines of the same name in different tables (the same program's pagu in the PK and in
    /// the realisation table): pagu and realisasi must agree. Lines of one official's PK are a share, not a copy.
    /// A penyerapan printed without its amounts (an efficiency table) can only be checked against its copies.
    /// </summary>
    private static void BudgetCopies(ExtractionResult facts, List<AuditFinding> findings)
    {
        var hasRevised = facts.Budget.Any(b => b.Stage == BudgetStage.Perubahan);
        var lines = facts.Budget.Where(b => !b.IsIndividual && !IsBoxLabel(b.Name)).ToList();
        var clusters = new NameClusters(lines.Where(b => b.Level != BudgetLevel.Total || IsBelanjaTotal(b)).Select(b => b.Name), facts.Document.Unit, facts.Document.UnitNameVariants, 0.8, 0.85);
        var ambiguous = lines.GroupBy(b => (b.GroupKey, Cluster: clusters.Of(b.Name))).Where(g => g.Select(b => b.Pagu).Distinct().Count() > 1)
            .SelectMany(g => g).ToHashSet();
        var groups = lines.Where(b => !ambiguous.Contains(b) && (b.Level != BudgetLevel.Total || IsBelanjaTotal(b)))
            .GroupBy(b => (Cluster: clusters.Of(b.Name), Family: IsBelanjaTotal(b) ? Family(BudgetLevel.BelanjaGroup) : Family(b.Level), Stage: StageFamily(b.Stage, hasRevised), b.Year));
        foreach (var group in groups)
        {
            foreach (var (amount, label) in new (Func<ExtractedBudgetLine, decimal?> Amount, string Label)[] { (b => b.Pagu, "pagu"), (b => b.Realisasi, "realisasi"), (b => b.ReportedPercent, "penyerapan") })
            {
                if (label == "penyerapan" && !group.Any(b => b is { Pagu: null, Realisasi: null, ReportedPercent: not null }))
                {
                    continue;
                }

                var withAmount = group.Where(b => amount(b) is not null).ToList();
                Disagreements(facts, withAmount, b => amount(b)!.Value, b => b.Source, b => IdNumber.Printed(amount(b)!.Value), b => b.Name,
                    (subject, _) => $"{char.ToUpperInvariant(label[0])}{label[1..]} '{subject}'", findings, distinctTables: true);
            }
        }
    }

    private static void Disagreements<T>(
        ExtractionResult facts, List<T> copies, Func<T, decimal> value, Func<T, SourceRef> source, Func<T, string> text, Func<T, string> name,
        Func<string, IndicatorValueKind?, string> subject, List<AuditFinding> findings, bool distinctTables = false)
    {
        if (copies.Count < 2)
        {
            return;
        }

        var classes = new List<List<T>>();
        foreach (var copy in copies)
        {
            var same = classes.FirstOrDefault(c => Agree(value(c[0]), value(copy)));
            if (same is null)
            {
                classes.Add([copy]);
            }
            else
            {
                same.Add(copy);
            }
        }

        if (classes.Count < 2)
        {
            return;
        }

        var majority = classes.OrderByDescending(c => c.Count).ThenByDescending(c => c.Count(x => !source(x).IsProse)).ThenBy(c => c.Min(x => source(x).Line)).First();
        var reference = majority.OrderBy(x => source(x).IsProse ? 1 : 0).ThenBy(x => source(x).Line).First();
        foreach (var minority in classes.Where(c => c != majority))
        {
            foreach (var sample in minority.GroupBy(x => source(x).IsProse).Select(g => g.OrderBy(x => source(x).Line).First()))
            {
                if (distinctTables && source(sample).Table == source(reference).Table && (!source(sample).IsProse || source(sample).Line == source(reference).Line))
                {
                    continue;
                }

                var against = source(sample).IsProse ? NearestTableBefore(majority, source, source(sample).Line) ?? reference : reference;
                var kind = source(sample).IsProse || source(against).IsProse ? FindingKind.TableVsText : FindingKind.TableVsTable;
                findings.Add(new AuditFinding(kind,
                    $"{subject(name(sample), null)} tercetak {text(sample)} di {source(sample)}, tetapi {text(against)} di {source(against)}" +
                    (majority.Count > 1 ? $" (dan {majority.Count - 1} tempat lain)." : "."),
                    new FindingValue(source(sample).Table, value(sample), text(sample), source(sample)),
                    new FindingValue(source(against).Table, value(against), text(against), source(against)))
                {
                    Lines = [.. minority.Concat(majority).Select(x => source(x).Line).Distinct().OrderBy(l => l)],
                    Subject = name(sample),
                });
            }
        }
    }

    /// <summary>The copy printed in the table nearest above a sentence: the one the sentence speaks of.</summary>
    private static T? NearestTableBefore<T>(List<T> copies, Func<T, SourceRef> source, int line) =>
        copies.Where(x => !source(x).IsProse && source(x).Line < line).OrderByDescending(x => source(x).Line).FirstOrDefault();

    // A kegiatan box's row label ("Keluaran/Output", "Masukan/Input") names a row of that box, not an indicator or a
    // budget line: two boxes' "Keluaran/Output" rows are different kegiatan's figures, not copies of one.
    private static bool IsBoxLabel(string name) => BoxLabel().IsMatch(NameKey.Of(name));

    [GeneratedRegex(@"^(masukan|input|keluaran|output|hasil|outcome|manfaat|benefit|dampak|impact)( (masukan|input|keluaran|output|hasil|outcome|manfaat|benefit|dampak|impact))?$")]
    private static partial Regex BoxLabel();

    // "TOTAL Belanja Langsung": the JUMLAH of a table that lists the belanja langsung by program.
    private static bool IsBelanjaTotal(ExtractedBudgetLine line) =>
        line.Level == BudgetLevel.Total && line.Name.Contains("Belanja", StringComparison.OrdinalIgnoreCase);

    private static bool Agree(decimal a, decimal b) => a == b || PrintedRounding.MatchesPrinted(a, b) || PrintedRounding.MatchesPrinted(b, a);

    private static int Family(BudgetLevel level) => level switch
    {
        BudgetLevel.Program => 1,
        BudgetLevel.Kegiatan or BudgetLevel.SubKegiatan => 2,
        BudgetLevel.BelanjaGroup or BudgetLevel.BelanjaType => 3,
        _ => 0,
    };

    // A realisation report's pagu is the final budget: compare it with the revised plan, or with the
    // original plan when the report prints no revision.
    private static int StageFamily(BudgetStage stage, bool hasRevised) => stage switch
    {
        BudgetStage.Murni => hasRevised ? 0 : 1,
        _ => 1,
    };

    private static string KindWord(IndicatorValueKind kind) => kind switch
    {
        IndicatorValueKind.Target => "target",
        IndicatorValueKind.TargetRevised => "target perubahan",
        IndicatorValueKind.RenstraTarget => "target Renstra",
        IndicatorValueKind.Realization => "realisasi",
        IndicatorValueKind.ReportedCapaian => "capaian",
        IndicatorValueKind.ReportedCapaianRenstra => "capaian terhadap Renstra",
        _ => "realisasi nasional",
    };
}
