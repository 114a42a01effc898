namespace Sakip.Analytics.DuckDb.Native;

internal sealed class DuckDbDataChunkHandle(IntPtr chunk) : DuckDbHandle(chunk)
{
    protected override void Destroy(IntPtr native) => NativeMethods.DestroyDataChunk(ref native);
}
