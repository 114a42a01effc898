using System.Globalization;
using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Web.Review;

/// <summary>
/// Which extracted facts a batch holds: a template row and the fact it came from share the dataset, the
/// place in the report (table, line), the year and, for indicators and AKIP, the kind. Where a figure
/// is printed several times the batch holds one copy; this tells the review which one.
/// </summary>
public static class RowKeys
{
    public static string Of(Dataset dataset, string? table, int? line, int year, string kind) =>
        string.Create(CultureInfo.InvariantCulture, $"{dataset}|{table}|{line}|{year}|{kind}");

    public static IReadOnlySet<string> In(TemplateBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return new HashSet<string>(
        [
            .. batch.Indicators.Select(f => Of(Dataset.Indicators, f.Source.Table, f.Source.Line, f.Year, f.Kind.ToSlug())),
            .. batch.Budget.Select(f => Of(Dataset.Budget, f.Source.Table, f.Source.Line, f.Year, "")),
            .. batch.Akip.Select(f => Of(Dataset.Akip, f.Source.Table, f.Source.Line, f.Year, f.Kind.ToSlug())),
            .. batch.Ikm.Select(f => Of(Dataset.Ikm, f.Source.Table, f.Source.Line, f.Year, "")),
        ], StringComparer.Ordinal);
    }
}
