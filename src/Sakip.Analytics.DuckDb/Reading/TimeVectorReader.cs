using Sakip.Analytics.DuckDb.Conversion;

namespace Sakip.Analytics.DuckDb.Reading;

/// <summary>TIME is microseconds since midnight; GetFieldValue&lt;TimeOnly&gt; also works.</summary>
internal sealed unsafe class TimeVectorReader(string typeName) : TypedVectorReader<TimeSpan>(typeName)
{
    internal override TimeSpan Read(int row) => new(TemporalConversion.MicrosToTicks(((long*)Data)[row]));
}
