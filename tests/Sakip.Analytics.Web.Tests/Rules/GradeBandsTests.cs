using Sakip.Analytics.Application.Dashboards.Rules;

namespace Sakip.Analytics.Web.Tests.Rules;

public sealed class GradeBandsTests
{
    [Fact]
    public void Predikat_bands_follow_the_domain_rule_with_exclusive_lower_bounds()
    {
        var bb = GradeBands.Predikat.Single(b => b.Label == "BB");

        Assert.Equal(["AA", "A", "BB", "B", "CC", "C", "D"], GradeBands.Predikat.Select(b => b.Label));
        Assert.Equal((70.01m, 80.01m), (bb.From!.Value, bb.To!.Value));
    }

    [Fact]
    public void Mutu_bands_start_where_the_regulation_puts_them()
    {
        Assert.Equal(
            [("A (Sangat Baik)", 88.31m), ("B (Baik)", 76.61m), ("C (Kurang Baik)", 65m), ("D (Tidak Baik)", 25m)],
            GradeBands.Mutu.Select(b => (b.Label, b.From!.Value)));
    }

    [Fact]
    public void Peer_quartiles_interpolate_between_ordered_values()
    {
        var stats = PeerStatistics.Of([66.66m, 69.5m, 69.7m, 69.7m, 69.77m, 70.11m, 70.12m, 70.15m, 70.2m, 70.5m, 71.4m, 71.4m])!;

        Assert.Equal((69.7m, 70.115m, 70.275m), (stats.Q1, stats.Median, stats.Q3));
        Assert.Equal(5, PeerStatistics.Rank([66.66m, 69.5m, 70.15m, 70.2m, 70.5m, 71.4m, 71.4m], 70.15m));
    }
}
