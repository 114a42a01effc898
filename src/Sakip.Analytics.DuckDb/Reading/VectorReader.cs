using Sakip.Analytics.DuckDb.Native;

namespace Sakip.Analytics.DuckDb.Reading;

/// <summary>
/// Reads one column of the current data chunk straight from its vector. One reader exists per
/// column for the whole result; it is pointed at the column's vector of each new chunk.
/// </summary>
internal abstract unsafe class VectorReader(string typeName)
{
    private ulong* validity;

    /// <summary>DuckDB's name of the column type, e.g. <c>DECIMAL(18,2)</c>.</summary>
    internal string TypeName { get; } = typeName;

    /// <summary>The CLR type <see cref="GetValue"/> returns; Dapper matches constructors by it.</summary>
    internal abstract Type FieldType { get; }

    /// <summary>Start of the vector's values; valid until the chunk is destroyed.</summary>
    protected byte* Data { get; private set; }

    internal void Attach(IntPtr vector)
    {
        Data = (byte*)NativeMethods.VectorData(vector);
        validity = (ulong*)NativeMethods.VectorValidity(vector);
    }

    /// <summary>Row is null when its bit in the validity mask is clear; no mask means no nulls.</summary>
    internal bool IsNull(int row) => validity != null && (validity[row >> 6] & (1UL << (row & 63))) == 0;

    internal abstract object GetValue(int row);

    internal abstract T GetFieldValue<T>(int row);
}
