using Sakip.Analytics.DuckDb.Native;

namespace Sakip.Analytics.DuckDb.Conversion;

/// <summary>
/// Moves decimals between System.Decimal and DuckDB's (unscaled integer, scale) form without ever
/// going through a double, so 0.1 stays 0.1.
/// </summary>
internal static class DecimalConversion
{
    private const int MaxSystemDecimalScale = 28;

    internal static decimal FromUnscaled(Int128 unscaled, byte scale)
    {
        var negative = Int128.IsNegative(unscaled);
        // Int128.MinValue has no positive counterpart, but its unsigned reinterpretation is exact.
        var magnitude = negative ? (UInt128)(-unscaled) : (UInt128)unscaled;
        while (scale > MaxSystemDecimalScale)
        {
            magnitude = (magnitude + 5) / 10;
            scale--;
        }

        if (magnitude >> 96 != UInt128.Zero)
        {
            throw new OverflowException($"The DuckDB decimal {unscaled}e-{scale} does not fit in System.Decimal.");
        }

        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), negative, scale);
    }

    internal static DuckDbDecimalStruct ToDuckDb(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        var unscaled = value < 0 ? -(Int128)magnitude : (Int128)magnitude;
        var scale = value.Scale;
        // The narrowest DECIMAL(width, scale) that holds the value, so DuckDB picks the same
        // internal storage it would for a literal of the same digits.
        var width = Math.Max(Math.Max(CountDigits(magnitude), scale), 1);
        return new DuckDbDecimalStruct
        {
            Width = (byte)width,
            Scale = scale,
            Lower = (ulong)unscaled,
            Upper = (long)(unscaled >> 64),
        };
    }

    private static int CountDigits(UInt128 magnitude)
    {
        var digits = 0;
        while (magnitude != UInt128.Zero)
        {
            magnitude /= 10;
            digits++;
        }

        return digits;
    }
}
