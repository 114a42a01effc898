using System.Buffers;
using System.Text;

namespace Sakip.Analytics.DuckDb.Conversion;

/// <summary>
/// Encodes a string to UTF-8 for one native call: into the caller's stack buffer when it fits,
/// into an array from the shared pool otherwise, so bulk appends do not allocate per value.
/// </summary>
internal ref struct Utf8Buffer(Span<byte> stackBuffer)
{
    private readonly Span<byte> stackBuffer = stackBuffer;
    private byte[]? rented;

    internal Span<byte> Encode(string text)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        var target = maxBytes <= stackBuffer.Length ? stackBuffer : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        var written = Encoding.UTF8.GetBytes(text, target);
        return target[..written];
    }

    public void Dispose()
    {
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
            rented = null;
        }
    }
}
