using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Output;

/// <summary>
/// Finds the (unit, year, dataset) an audit finding is about: the fact printed where the finding's
/// printed figure is (else where its other figure is), preferring the one named by the finding's
/// subject and holding its value; else the report's own unit and year in the dataset the finding
/// speaks of. Only keys the batch has facts for are used: a note elsewhere would never be shown.
/// </summary>
internal static class FindingPlacement
{
    private static readonly Dataset[] AnyDataset = [Dataset.Indicators, Dataset.Budget, Dataset.Akip, Dataset.Ikm];

    public static NoteKey? Place(AuditFinding finding, ExtractionResult result, IReadOnlySet<NoteKey> loaded) =>
        AtLocation(finding.Reported, finding.Subject, result, loaded)
        ?? AtLocation(finding.Expected, finding.Subject, result, loaded)
        ?? InReport(finding, result, loaded);

    private static NoteKey? AtLocation(FindingValue side, string? subject, ExtractionResult result, IReadOnlySet<NoteKey> loaded) =>
        FactsAt(side, NameKey.Of(subject), result)
            .Where(c => loaded.Contains(c.Key))
            .OrderByDescending(c => c.Score)
            .Select(c => (NoteKey?)c.Key)
            .FirstOrDefault();

    private static IEnumerable<(NoteKey Key, int Score)> FactsAt(FindingValue side, string subjectKey, ExtractionResult result)
    {
        var (table, line) = (side.Location.Table, side.Location.Line);

        // Naming the finding's subject weighs more than holding its value: a row holds several values.
        int Score(string name, IEnumerable<decimal?> values) =>
            (subjectKey.Length > 0 && NameKey.Of(name) == subjectKey ? 2 : 0) + (side.Value is { } value && values.Contains(value) ? 1 : 0);

        foreach (var v in result.Indicators.Where(v => v.Source.Table == table && v.Source.Line == line))
        {
            yield return (Key(v.Unit, v.Year, Dataset.Indicators), Score(v.Indicator, [v.Value]));
        }

        foreach (var b in result.Budget.Where(b => b.Source.Table == table && b.Source.Line == line))
        {
            yield return (Key(b.Unit, b.Year, Dataset.Budget), Score(b.Name, [b.Pagu, b.Realisasi, b.ReportedPercent]));
        }

        foreach (var a in result.Akip.Where(a => a.Source.Table == table && (a.Source.Line == line || a.PredikatLine == line || a.ComponentLines.Values.Contains(line))))
        {
            yield return (Key(a.Unit, a.Year, Dataset.Akip), Score(a.Unit, [a.Total, .. a.Components.Values.Cast<decimal?>(), .. a.ComponentReportedPercent.Values.Cast<decimal?>()]));
        }

        foreach (var k in result.Ikm.Where(k => k.Source.Table == table
            && (k.Source.Line == line || k.NrrWeightedTotalLine == line || k.MutuLine == line || k.Elements.Any(e => e.Line == line))))
        {
            yield return (Key(k.Unit, k.Year, Dataset.Ikm), Score("IKM", [k.Ikm, k.NrrWeightedTotal]));
        }
    }

    private static NoteKey? InReport(AuditFinding finding, ExtractionResult result, IReadOnlySet<NoteKey> loaded)
    {
        var unit = TemplateBatchBuilder.Slug(result.Document.Unit);
        return FittingDatasets(finding, result)
            .Select(dataset => new NoteKey(unit, result.Document.ReportYear, dataset))
            .Where(loaded.Contains)
            .Select(key => (NoteKey?)key)
            .FirstOrDefault();
    }

    /// <summary>The dataset the finding speaks of; any dataset for a remark on the report as a whole (a unit name spelled two ways).</summary>
    private static IEnumerable<Dataset> FittingDatasets(AuditFinding finding, ExtractionResult result)
    {
        if (finding.About is { } about)
        {
            return [about];
        }

        var subject = NameKey.Of(finding.Subject);
        if (subject.Length > 0 && result.Indicators.Any(v => NameKey.Of(v.Indicator) == subject || NameKey.Of(v.Goal) == subject))
        {
            return [Dataset.Indicators];
        }

        if (subject.Length > 0 && result.Budget.Any(b => NameKey.Of(b.Name) == subject))
        {
            return [Dataset.Budget];
        }

        if (subject == "ikm")
        {
            return [Dataset.Ikm];
        }

        if (finding.Description.Contains("AKIP", StringComparison.Ordinal))
        {
            return [Dataset.Akip];
        }

        return finding.Kind is FindingKind.NameVariant or FindingKind.Other || finding.OnWholeReport ? AnyDataset : [];
    }

    private static NoteKey Key(string unit, int year, Dataset dataset) => new(TemplateBatchBuilder.Slug(unit), year, dataset);
}
