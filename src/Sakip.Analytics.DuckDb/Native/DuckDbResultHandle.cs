using System.Runtime.InteropServices;

namespace Sakip.Analytics.DuckDb.Native;

/// <summary>
/// A duckdb_result. Unlike the other objects it is a struct the caller provides, so the handle
/// owns a zeroed block of native memory that DuckDB fills in; releasing destroys the result and
/// frees the block.
/// </summary>
internal sealed unsafe class DuckDbResultHandle : DuckDbHandle
{
    private DuckDbResultHandle(IntPtr block)
        : base(block)
    {
    }

    internal static DuckDbResultHandle Allocate() =>
        new((IntPtr)NativeMemory.AllocZeroed((nuint)sizeof(DuckDbResultStruct)));

    /// <summary>The struct itself, for the functions that take it by value.</summary>
    internal DuckDbResultStruct Value => *(DuckDbResultStruct*)handle;

    /// <summary>False when DuckDB failed before it could fill the struct in.</summary>
    internal bool IsFilledIn => Value.InternalData != IntPtr.Zero;

    protected override void Destroy(IntPtr native)
    {
        if (((DuckDbResultStruct*)native)->InternalData != IntPtr.Zero)
        {
            NativeMethods.DestroyResult(native);
        }

        NativeMemory.Free((void*)native);
    }
}
