using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Web.Review;

/// <summary>
/// One figure as the review shows it: where it was printed (table caption, line, confidence), whose and
/// which it is (unit, year, what), the text as printed and the value read from it.
/// </summary>
public sealed record ReviewFigure(
    FigureId Id,
    string Table,
    int Line,
    double Confidence,
    string Unit,
    int Year,
    string Subject,
    string What,
    string Printed,
    decimal? Value)
{
    /// <summary>Below this the extractor was unsure (headerless tables, inherited cells, most prose).</summary>
    public const double LowConfidence = 0.8;

    public Dataset Dataset => Id.Dataset;

    public bool IsLowConfidence => Confidence < LowConfidence;

    /// <summary>The template row the figure's fact would become (see <see cref="RowKeys"/>).</summary>
    public string RowKey { get; init; } = "";
}
