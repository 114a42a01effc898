namespace Sakip.Analytics.DuckDb.Native;

internal sealed class DuckDbAppenderHandle(IntPtr appender) : DuckDbHandle(appender)
{
    // duckdb_appender_destroy closes (and so flushes) first; a failure there has nowhere to go,
    // which is why DuckDbAppender closes explicitly before it lets the handle go.
    protected override void Destroy(IntPtr native) => NativeMethods.DestroyAppender(ref native);
}
