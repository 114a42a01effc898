using Sakip.Analytics.Domain.Rules;

namespace Sakip.Analytics.Domain.Tests.Rules;

public class PrintedRoundingTests
{
    [Fact]
    public void Midpoints_round_away_from_zero_like_the_reports()
    {
        Assert.Equal(94.71m, PrintedRounding.RoundAsPrinted(94.705m));
        Assert.Equal(-2.35m, PrintedRounding.RoundAsPrinted(-2.345m));
        // 298/96 x 0,111 = 0,3445625, printed 0,344563 in the Sei Balai IKM lampiran (banker's rounding would print ...562).
        Assert.Equal(0.344563m, PrintedRounding.RoundAsPrinted(0.3445625m, 6));
    }

    [Fact]
    public void A_computed_value_matches_a_printed_one_at_the_printed_precision()
    {
        Assert.True(PrintedRounding.MatchesPrinted(94.70588m, 94.71m));
        Assert.True(PrintedRounding.MatchesPrinted(80.50390625m, 80.503906m));
        Assert.True(PrintedRounding.MatchesPrinted(80.50390625m, 80.50m));
        Assert.False(PrintedRounding.MatchesPrinted(112.625m, 112.25m));
    }
}
