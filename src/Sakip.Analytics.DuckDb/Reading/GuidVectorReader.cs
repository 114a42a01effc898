using Sakip.Analytics.DuckDb.Conversion;

namespace Sakip.Analytics.DuckDb.Reading;

internal sealed unsafe class GuidVectorReader(string typeName) : TypedVectorReader<Guid>(typeName)
{
    internal override Guid Read(int row) => GuidConversion.FromStored(((Int128*)Data)[row]);
}
