using Sakip.Analytics.DuckDb.Conversion;
using Sakip.Analytics.DuckDb.Native;

namespace Sakip.Analytics.DuckDb;

/// <summary>
/// The row being appended: one Append per column, in table order, then <see cref="EndRow"/>.
/// A null nullable or string appends NULL. DuckDB casts each value to the column's type.
/// </summary>
public sealed unsafe partial class DuckDbAppenderRow
{
    private static readonly byte[] NonNullEmpty = [0];
    private readonly DuckDbAppender appender;

    internal DuckDbAppenderRow(DuckDbAppender appender) => this.appender = appender;

    public DuckDbAppenderRow AppendNull() => Check(NativeMethods.AppendNull(appender.Handle));

    public DuckDbAppenderRow Append(bool value) => Check(NativeMethods.AppendBoolean(appender.Handle, value));

    public DuckDbAppenderRow Append(short value) => Check(NativeMethods.AppendInt16(appender.Handle, value));

    public DuckDbAppenderRow Append(int value) => Check(NativeMethods.AppendInt32(appender.Handle, value));

    public DuckDbAppenderRow Append(long value) => Check(NativeMethods.AppendInt64(appender.Handle, value));

    public DuckDbAppenderRow Append(float value) => Check(NativeMethods.AppendFloat(appender.Handle, value));

    public DuckDbAppenderRow Append(double value) => Check(NativeMethods.AppendDouble(appender.Handle, value));

    /// <summary>Appended as a DECIMAL value with the same digits, never via double.</summary>
    public DuckDbAppenderRow Append(decimal value)
    {
        using var native = new DuckDbValueHandle(NativeMethods.CreateDecimal(DecimalConversion.ToDuckDb(value)));
        return Check(NativeMethods.AppendValue(appender.Handle, native));
    }

    public DuckDbAppenderRow Append(string? value)
    {
        if (value is null)
        {
            return AppendNull();
        }

        using var buffer = new Utf8Buffer(stackalloc byte[256]);
        var utf8 = buffer.Encode(value);
        fixed (byte* pointer = utf8.Length == 0 ? NonNullEmpty : utf8)
        {
            return Check(NativeMethods.AppendVarcharLength(appender.Handle, pointer, (ulong)utf8.Length));
        }
    }

    public DuckDbAppenderRow Append(DateOnly value) =>
        Check(NativeMethods.AppendDate(appender.Handle, TemporalConversion.ToDays(value)));

    public DuckDbAppenderRow Append(DateTime value) =>
        Check(NativeMethods.AppendTimestamp(appender.Handle, TemporalConversion.ToMicros(value)));

    public DuckDbAppenderRow Append(Guid value)
    {
        using var native = new DuckDbValueHandle(NativeMethods.CreateUuid(GuidConversion.ToDuckDb(value)));
        return Check(NativeMethods.AppendValue(appender.Handle, native));
    }

    public DuckDbAppenderRow Append(byte[]? value)
    {
        if (value is null)
        {
            return AppendNull();
        }

        fixed (byte* pointer = value.Length == 0 ? NonNullEmpty : value)
        {
            return Check(NativeMethods.AppendBlob(appender.Handle, pointer, (ulong)value.Length));
        }
    }

    /// <summary>Completes the row; DuckDB checks here that every column got a value.</summary>
    public void EndRow() => appender.ThrowOnError(NativeMethods.EndAppenderRow(appender.Handle));

    private DuckDbAppenderRow Check(DuckDbState state)
    {
        appender.ThrowOnError(state);
        return this;
    }
}
