using System.Globalization;

namespace Sakip.Analytics.Import;

/// <summary>
/// Writes a number so that the printed-value parser reads back exactly that number: a decimal comma and
/// no thousands separator. An invariant "1.396" would read as one thousand three hundred ninety-six,
/// because a single dot before three digits is an Indonesian thousands separator.
/// </summary>
internal static class NumberText
{
    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture).Replace('.', ',');
}
