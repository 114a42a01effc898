using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Audit;

/// <summary>
/// Recomputes what a report prints and lists where it contradicts itself: totals against their
/// rows (at every level of the kode hierarchy), printed percentages against realisasi / pagu and
/// realization / target, AKIP totals and predikat, IKM against its elements and mutu, categories
/// against the report's scale, and every figure printed more than once against its other copies.
/// </summary>
/// <remarks>A printed figure agrees when the recomputation rounds to it at the decimals it was
/// printed with (<see cref="Domain.Rules.PrintedRounding.MatchesPrinted"/>): rounding is never a finding.</remarks>
public static partial class ReportAuditor
{
    public static IReadOnlyList<AuditFinding> Audit(ExtractionResult facts, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        options ??= ExtractionOptions.Default;

        // "Rp 2,45 milyar" hides the rupiah every budget check compares: such a line is kept, and checks nothing.
        facts = facts with { Budget = [.. facts.Budget.Where(b => !b.IsRounded)] };
        var findings = new List<AuditFinding>();
        BudgetSums(facts, findings);
        ColumnTotals(facts, findings);
        ColumnShares(facts, findings);
        BudgetPercentages(facts, findings);
        IndicatorCapaian(facts, options, findings);
        RenstraCapaian(facts, options, findings);
        AverageCapaian(facts, findings);
        ClaimedAverages(facts, findings);
        CapaianCategories(facts, findings);
        SasaranCategories(facts, findings);
        AkipTotals(facts, findings);
        AkipSubComponentSums(facts, findings);
        AkipIndicatorGrades(facts, findings);
        AkipCopies(facts, findings);
        IkmScores(facts, findings);
        IkmPeriodMeans(facts, findings);
        IkmIndicatorGrades(facts, findings);
        IndicatorCopies(facts, findings);
        BudgetCopies(facts, findings);
        BudgetRenamed(facts, findings);
        TotalCopies(facts, findings);
        WholeBudgetAgainstTables(facts, findings);
        UnitNameVariants(facts, findings);
        ProgramKegiatanSums(facts, findings);
        ClaimedAttainment(facts, findings);
        ClaimedStreaks(facts, options, findings);
        ClaimedTrends(facts, findings);
        ClaimedAbsorption(facts, findings);
        ClaimedShares(facts, findings);
        ClaimedCounts(facts, findings);
        ClaimedTotals(facts, findings);
        ClaimedRatios(facts, findings);
        ClaimedIkm(facts, findings);
        return [.. RepeatedAsOne(findings).Select(f => f with { Lines = [.. f.Lines.Distinct().Order()] })];
    }

    /// <summary>Half a unit in the last place a figure is printed to: how far its rounding may have moved it.</summary>
    private static decimal HalfUnit(decimal printed) => 0.5m / (decimal)Math.Pow(10, printed.Scale);

    private static SourceRef Where(ExtractionResult facts, string table, int line) => new(facts.Document.File, table, line, 1);
}
