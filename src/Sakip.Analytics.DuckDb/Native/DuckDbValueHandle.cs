namespace Sakip.Analytics.DuckDb.Native;

internal sealed class DuckDbValueHandle(IntPtr value) : DuckDbHandle(value)
{
    protected override void Destroy(IntPtr native) => NativeMethods.DestroyValue(ref native);
}
