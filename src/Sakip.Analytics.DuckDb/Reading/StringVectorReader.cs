using System.Text;

namespace Sakip.Analytics.DuckDb.Reading;

internal sealed unsafe class StringVectorReader(string typeName) : TypedVectorReader<string>(typeName)
{
    internal override string Read(int row) => Encoding.UTF8.GetString(DuckDbStringReader.Bytes(Data, row));
}
