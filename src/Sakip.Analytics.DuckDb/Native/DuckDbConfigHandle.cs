namespace Sakip.Analytics.DuckDb.Native;

internal sealed class DuckDbConfigHandle(IntPtr config) : DuckDbHandle(config)
{
    protected override void Destroy(IntPtr native) => NativeMethods.DestroyConfig(ref native);
}
