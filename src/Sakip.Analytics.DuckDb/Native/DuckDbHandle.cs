using System.Runtime.InteropServices;

namespace Sakip.Analytics.DuckDb.Native;

/// <summary>
/// Base of every handle to a native DuckDB object. It counts the objects that are alive so tests
/// can prove that disposing commands, readers and appenders really destroys what they created.
/// </summary>
internal abstract class DuckDbHandle : SafeHandle
{
    private static long liveHandles;

    protected DuckDbHandle(IntPtr existing)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        SetHandle(existing);
        if (existing != IntPtr.Zero)
        {
            Interlocked.Increment(ref liveHandles);
        }
    }

    /// <summary>Native objects created through this provider and not destroyed yet, process-wide.</summary>
    internal static long LiveCount => Interlocked.Read(ref liveHandles);

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected sealed override bool ReleaseHandle()
    {
        Destroy(handle);
        Interlocked.Decrement(ref liveHandles);
        return true;
    }

    /// <summary>Calls the duckdb_destroy_* (or close/disconnect) function matching the object.</summary>
    protected abstract void Destroy(IntPtr native);
}
