namespace Sakip.Analytics.DuckDb.Reading;

internal sealed unsafe class BlobVectorReader(string typeName) : TypedVectorReader<byte[]>(typeName)
{
    internal override byte[] Read(int row) => DuckDbStringReader.Bytes(Data, row).ToArray();
}
