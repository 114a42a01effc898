namespace Sakip.Analytics.DuckDb.Native;

internal sealed class DuckDbPreparedStatementHandle(IntPtr preparedStatement) : DuckDbHandle(preparedStatement)
{
    protected override void Destroy(IntPtr native) => NativeMethods.DestroyPrepare(ref native);
}
