using Sakip.Analytics.DuckDb.Conversion;

namespace Sakip.Analytics.DuckDb.Reading;

/// <summary>
/// The TIMESTAMP family: a 64-bit count since the epoch in seconds, milliseconds, microseconds or
/// nanoseconds. TIMESTAMP WITH TIME ZONE is an instant, so it reads as a UTC DateTime.
/// </summary>
internal sealed unsafe class TimestampVectorReader(Func<long, long> toTicks, DateTimeKind kind, string typeName)
    : TypedVectorReader<DateTime>(typeName)
{
    internal override DateTime Read(int row) =>
        TemporalConversion.DateTimeFromTicksSinceEpoch(toTicks(((long*)Data)[row]), kind);
}
