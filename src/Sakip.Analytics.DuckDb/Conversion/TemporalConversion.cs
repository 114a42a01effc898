namespace Sakip.Analytics.DuckDb.Conversion;

/// <summary>DuckDB counts dates in days and times in microseconds (or s/ms/ns) from 1970-01-01.</summary>
internal static class TemporalConversion
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;
    private static readonly int UnixEpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    internal static int ToDays(DateOnly date) => date.DayNumber - UnixEpochDayNumber;

    internal static DateOnly DateFromDays(int days) => DateOnly.FromDayNumber(days + UnixEpochDayNumber);

    /// <summary>Microseconds since the epoch, rounded down like DuckDB does for sub-microsecond ticks.</summary>
    internal static long ToMicros(DateTime dateTime) =>
        Math.DivRem(dateTime.Ticks - DateTime.UnixEpoch.Ticks, TicksPerMicrosecond) switch
        {
            (var quotient, < 0) => quotient - 1,
            (var quotient, _) => quotient,
        };

    internal static long ToMicros(TimeOnly time) => time.Ticks / TicksPerMicrosecond;

    internal static DateTime DateTimeFromTicksSinceEpoch(long ticks, DateTimeKind kind) =>
        new(DateTime.UnixEpoch.Ticks + ticks, kind);

    internal static long MicrosToTicks(long micros) => checked(micros * TicksPerMicrosecond);
}
