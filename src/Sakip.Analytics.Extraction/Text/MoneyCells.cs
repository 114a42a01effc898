namespace Sakip.Analytics.Extraction.Text;

/// <summary>Whether a row's cells print money: a rupiah sign, or an amount of a million or more.</summary>
internal static class MoneyCells
{
    private const decimal LeastAmount = 1_000_000;

    public static bool Any(IEnumerable<string> cells) =>
        cells.Any(c => c.Contains("Rp", StringComparison.OrdinalIgnoreCase) || CellValue.TryParse(c, out var value) && value.Number >= LeastAmount);
}
