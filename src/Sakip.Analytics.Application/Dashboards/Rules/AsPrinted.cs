using Sakip.Analytics.Domain.Parsing;

namespace Sakip.Analytics.Application.Dashboards.Rules;

/// <summary>
/// Gives a stored figure back its printed precision. The store keeps DECIMAL(18,6), so a printed
/// 94,71 comes back as 94.710000; comparing a computed value with it must round to the two printed
/// decimals, not six. The printed text is re-parsed where it is kept; otherwise trailing zeros are dropped.
/// </summary>
public static class AsPrinted
{
    public static decimal? Value(decimal? stored, string? text = null)
    {
        if (stored is not { } value)
        {
            return null;
        }

        if (text is not null && PrintedValues.TryParse(text, out var printed, out _) && printed.Number is { } number && number == value)
        {
            return number;
        }

        return value / 1.000000000000000000000000000000000m;
    }
}
