namespace Sakip.Analytics.DuckDb.Native;

internal sealed class DuckDbDatabaseHandle(IntPtr database) : DuckDbHandle(database)
{
    protected override void Destroy(IntPtr native) => NativeMethods.CloseDatabase(ref native);
}
