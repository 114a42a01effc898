namespace Sakip.Analytics.DuckDb.Native;

internal sealed class DuckDbLogicalTypeHandle(IntPtr type) : DuckDbHandle(type)
{
    protected override void Destroy(IntPtr native) => NativeMethods.DestroyLogicalType(ref native);
}
