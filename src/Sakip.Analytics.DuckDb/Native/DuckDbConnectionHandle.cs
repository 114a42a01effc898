namespace Sakip.Analytics.DuckDb.Native;

internal sealed class DuckDbConnectionHandle(IntPtr connection) : DuckDbHandle(connection)
{
    protected override void Destroy(IntPtr native) => NativeMethods.Disconnect(ref native);
}
