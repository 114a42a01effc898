namespace Sakip.Analytics.Domain.Rules;

/// <summary>
/// Rounds computed figures the way the reports print them, so a computed value can be compared
/// with a printed one without flagging differences that are only rounding.
/// </summary>
public static class PrintedRounding
{
    /// <summary>Half away from zero, as spreadsheets and the reports do (94,705 prints as 94,71).</summary>
    public static decimal RoundAsPrinted(decimal value, int decimals = 2) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>
    /// True when <paramref name="computed"/> rounds to <paramref name="printed"/> at the number of
    /// decimals the printed figure shows (a parsed "80,503906" keeps its six decimals).
    /// </summary>
    public static bool MatchesPrinted(decimal computed, decimal printed) =>
        RoundAsPrinted(computed, printed.Scale) == printed;
}
