namespace Sakip.Analytics.Application.Dashboards.Rules;

/// <summary>
/// Where one value stands in a peer group. Quartiles interpolate linearly between order statistics
/// (the R-7 / Excel QUARTILE.INC method, DuckDB's quantile_cont); ranks are competition ranks with 1
/// the highest value, ties sharing a rank (1, 1, 3).
/// </summary>
public sealed record PeerStatistics(int Count, decimal Min, decimal Q1, decimal Median, decimal Q3, decimal Max, decimal Mean)
{
    public static PeerStatistics? Of(IEnumerable<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        return new PeerStatistics(
            sorted.Count, sorted[0], Quantile(sorted, 0.25m), Quantile(sorted, 0.5m), Quantile(sorted, 0.75m),
            sorted[^1], sorted.Sum() / sorted.Count);
    }

    public static int Rank(IEnumerable<decimal> values, decimal value)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Count(v => v > value) + 1;
    }

    private static decimal Quantile(List<decimal> sorted, decimal p)
    {
        var position = (sorted.Count - 1) * p;
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }
}
