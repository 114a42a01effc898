namespace Sakip.Analytics.Domain.Parsing;

/// <summary>
/// A figure as a report prints it: the number (full precision), the grade letter when one is
/// printed ("BB (75,00)"), whether it was printed as a percentage, and the original text.
/// </summary>
public readonly record struct PrintedValue(decimal? Number, string? Grade, bool IsPercent, string Text);
