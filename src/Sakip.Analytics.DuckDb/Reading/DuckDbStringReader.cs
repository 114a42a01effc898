namespace Sakip.Analytics.DuckDb.Reading;

/// <summary>
/// duckdb_string_t, 16 bytes: a 32-bit length, then either the bytes themselves (up to 12) or a
/// 4-byte prefix and a pointer to the bytes.
/// </summary>
internal static unsafe class DuckDbStringReader
{
    private const int StringSize = 16;
    private const int InlineLimit = 12;

    internal static ReadOnlySpan<byte> Bytes(byte* data, int row)
    {
        var entry = data + (row * StringSize);
        var length = *(int*)entry;
        var bytes = length <= InlineLimit ? entry + 4 : *(byte**)(entry + 8);
        return new ReadOnlySpan<byte>(bytes, length);
    }
}
